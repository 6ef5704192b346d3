// "Find a User's Access" against the emulator's demo data: every group and project, inherited access, invitations
// by email, one request per source, cancel, and rate limits.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { groupByPerson, placeDescription, placesSummary, searchSummary } from '../../src/findAccess/accessResults';
import { looksLikeEmail, normalizeQuery, searchAccess } from '../../src/findAccess/searchAccess';
import { scanProgressText } from '../../src/sources/scanSources';
import { clientFor, seen, useEmulator } from './support/emulatorClient';

const emulator = useEmulator();
const paths = (hits: ReadonlyArray<{ source: { fullPath: string } }>) => hits.map((h) => h.source.fullPath).sort();

describe('searching an account for a user', () => {
  test('Carol: direct in acme, inherited in every subgroup and project below it', async () => {
    const { api } = clientFor(emulator());
    const result = await searchAccess(api, '@carol');
    assert.equal(result.query, 'carol');
    assert.deepEqual(paths(result.hits), [
      'acme', 'acme/design', 'acme/design/brand', 'acme/platform', 'acme/platform/api', 'acme/platform/infra',
      'acme/platform/infra/terraform', 'acme/website',
    ]);
    assert.equal(result.failures.length, 0);
    assert.ok(result.searched >= 12, `searched only ${result.searched}`);
    const [carol] = groupByPerson(result.hits);
    assert.equal(carol.label, 'Carol Chen (@carol)');
    const acme = carol.places.find((p) => p.source.fullPath === 'acme')!;
    assert.equal(acme.via, 'direct');
    const infra = carol.places.find((p) => p.source.fullPath === 'acme/platform/infra')!;
    assert.equal(infra.via, 'inherited');
    assert.equal(infra.inheritedFrom, 'acme');
    assert.match(placeDescription(infra, new Date()), /^Developer · inherited from acme · since \d{4}-\d\d-\d\d · expires in 3 days$/);
    assert.equal(placesSummary(carol), '8 places · highest Developer');
  });

  test('by display name: "Carol Chen" finds her in the same places as @carol, and part of a name too', async () => {
    const emu = emulator();
    const { api } = clientFor(emu);
    const byUsername = await searchAccess(api, 'carol');
    emu.resetStats();
    const byName = await searchAccess(api, '  Carol Chen ');
    assert.equal(byName.query, 'Carol Chen');
    assert.deepEqual(paths(byName.hits), paths(byUsername.hits));
    assert.deepEqual(groupByPerson(byName.hits).map((p) => [p.label, placesSummary(p)]), [['Carol Chen (@carol)', '8 places · highest Developer']]);
    const asked = seen(emu, 'GET').filter((r) => /\/members\/all\?/.test(r));
    assert.ok(asked.length > 0 && asked.every((r) => /query=Carol(%20|\+)Chen/.test(r)), asked.slice(0, 3).join('\n'));
    const surname = await searchAccess(api, 'chen');
    assert.deepEqual(groupByPerson(surname.hits).map((p) => p.label), ['Carol Chen (@carol)']);
  });

  test('one members request per group or project, inherited and filtered by GitLab', async () => {
    const emu = emulator();
    const { api } = clientFor(emu);
    emu.resetStats();
    const result = await searchAccess(api, 'ivan');
    const memberRequests = seen(emu, 'GET').filter((r) => /\/members\/all\?/.test(r));
    assert.equal(memberRequests.length, result.searched);
    assert.ok(memberRequests.every((r) => r.includes('query=ivan')), memberRequests.join('\n'));
    assert.deepEqual(paths(result.hits), ['acme/platform/api', 'acme/platform/infra', 'acme/platform/infra/terraform']);
    const [ivan] = groupByPerson(result.hits);
    assert.equal(ivan.places.find((p) => p.source.fullPath === 'acme/platform/api')?.accessLevel, 40);
  });

  test('an email also finds pending invitations where the caller manages members', async () => {
    const { api } = clientFor(emulator());
    const result = await searchAccess(api, 'ops-lead@example.com');
    const people = groupByPerson(result.hits);
    assert.equal(people.length, 1);
    assert.equal(people[0].label, 'ops-lead@example.com');
    assert.deepEqual(people[0].places.map((p) => [p.source.fullPath, p.via, p.accessLevel]), [['acme/platform/infra', 'invitation', 40]]);
  });

  test('an email finds a member only through a public email, as in GitLab; the summary says why nobody was found', async () => {
    const emu = emulator();
    const { api } = clientFor(emu);
    const byUsername = await searchAccess(api, 'bob');
    const publicEmail = await searchAccess(api, 'bob@example.com');
    assert.deepEqual(paths(publicEmail.hits), paths(byUsername.hits));
    assert.equal(publicEmail.emailNotResolved, undefined);
    assert.deepEqual(await api.allMembers({ kind: 'group', id: 'acme' } as never, { query: 'carol@example.com' }), [], 'GitLab matches private emails nowhere in members');
    const privateEmail = await searchAccess(api, 'carol@example.com');
    assert.deepEqual([privateEmail.hits.length, privateEmail.emailNotResolved], [0, true]);
    assert.match(searchSummary(privateEmail, 0), /^Nobody matching "carol@example\.com" has access \(\d+ groups and projects searched\)\. GitLab finds a member by email only when it is their public email \(administrators: any email\): search by username or name to be sure\. Path: a walk of every group and project \(the memberships list needs one exact username or a known email\)\.$/);
    assert.doesNotMatch(searchSummary(publicEmail, 1), /public email/);
  });

  test('for an administrator a private email is looked up as a user, whose memberships list answers (lib/api/users.rb)', async () => {
    const emu = emulator();
    const demo = emu.state.userByUsername('demo')!;
    const carolId = emu.state.userByUsername('carol')!.id;
    const { api } = clientFor(emu);
    const byUsername = await searchAccess(api, 'carol');
    demo.isAdmin = true;
    try {
      emu.resetStats();
      const byEmail = await searchAccess(api, 'Carol@Example.com');
      assert.equal(byEmail.path, 'memberships');
      assert.deepEqual(groupByPerson(byEmail.hits), []);
      assert.equal(byEmail.listed?.user.username, 'carol');
      const direct = byUsername.hits.filter((h) => h.kind === 'member' && h.member.id === carolId && !h.member.inheritedFrom).map((h) => h.source.id);
      assert.deepEqual(byEmail.listed?.memberships.map((m) => m.sourceId), direct);
      assert.ok(!seen(emu, 'GET').some((r) => /\/members\/all\?/.test(r)), 'no walk');
      assert.equal(byEmail.emailNotResolved, undefined);
    } finally {
      demo.isAdmin = false;
    }
  });

  test('a project shared with acme from a group the caller does not belong to is searched too', async () => {
    const emu = emulator();
    emu.state.createGroup({ path: 'outside', ownerUsername: 'alice' });
    const tool = emu.state.createProject({ path: 'tool', namespacePath: 'outside' });
    emu.state.shareProject(tool.fullPath, 'acme', 20);
    try {
      const { api } = clientFor(emu);
      assert.ok(!(await api.listTopLevelGroups()).items.some((g) => g.fullPath === 'outside'), 'the walk would find it anyway');
      const result = await searchAccess(api, 'carol');
      const [carol] = groupByPerson(result.hits);
      const shared = carol.places.find((p) => p.source.fullPath === 'outside/tool');
      assert.ok(shared, `not searched: ${carol.places.map((p) => p.source.fullPath).join(', ')}`);
      assert.equal(shared.accessLevel, 20, 'capped at what the share grants');
      assert.match(placeDescription(shared, new Date()), /^Reporter · inherited \(shared group\)/, 'the walk does not ask which share (a request or more per place)');
      assert.equal(result.hits.filter((h) => h.source.fullPath === 'outside/tool').length, 1);
    } finally {
      emu.state.shareLinks.clear();
    }
  });

  test('progress counts as the result does: "so far" while listing, then "N of total", ending at the count searched', async () => {
    const { api } = clientFor(emulator());
    const texts: string[] = [];
    const result = await searchAccess(api, 'carol', { onProgress: (p) => texts.push(scanProgressText(p)) });
    const last = `${result.searched} of ${result.searched} groups and projects searched`;
    assert.equal(texts.at(-1), last);
    const firstListed = texts.findIndex((t) => / of /.test(t));
    assert.ok(firstListed > 0, 'no progress while the groups and projects were still being listed');
    assert.ok(texts.slice(0, firstListed).every((t) => / found so far$/.test(t)), texts.join('\n'));
    assert.ok(texts.slice(firstListed).every((t) => t.endsWith(`of ${result.searched} groups and projects searched`)), texts.join('\n'));
    assert.match(searchSummary(result, groupByPerson(result.hits).length), new RegExp(`\\(${result.searched} groups and projects searched\\)`));
  });

  test('nobody matching gives no hits and no failures', async () => {
    const { api } = clientFor(emulator());
    const result = await searchAccess(api, 'nobody-like-this');
    assert.deepEqual([result.hits.length, result.failures.length], [0, 0]);
  });

  test('an empty query is refused before any request', async () => {
    const emu = emulator();
    const { api } = clientFor(emu);
    emu.resetStats();
    await assert.rejects(searchAccess(api, '  @ '), /Type a username/);
    assert.equal(emu.log.length, 0);
  });

  test('cancel stops the scan and rejects as cancelled', async () => {
    const emu = emulator();
    const { api } = clientFor(emu);
    emu.setLatency(30);
    try {
      const abort = new AbortController();
      const search = searchAccess(api, 'bob', { signal: abort.signal, onProgress: ({ done }) => done >= 2 && abort.abort() });
      await assert.rejects(search, (e: Error & { kind?: string }) => e.kind === 'cancelled');
    } finally {
      emu.setLatency(0);
    }
  });

  test('rate limited: the client waits, tells the caller how long, and the search still completes', async () => {
    const emu = emulator();
    const { api } = clientFor(emu);
    emu.resetStats();
    emu.setRateLimit({ limit: 12, windowMs: 1000 });
    try {
      const waits: number[] = [];
      const result = await searchAccess(api, 'bob', { concurrency: 2, onRateLimit: (s) => waits.push(s) });
      assert.ok(waits.length > 0 && waits.every((s) => s > 0), `the caller was not told of the waits: ${waits.join(', ')}`);
      assert.deepEqual(paths(result.hits).slice(0, 2), ['acme', 'acme/design']);
      assert.ok(paths(result.hits).includes('partner-co'));
      assert.equal(result.failures.length, 0);
      assert.ok(emu.log.some((e) => e.status === 429), 'GitLab never said 429: the test proves nothing');
    } finally {
      emu.setRateLimit(undefined);
    }
  });
});

describe('queries', () => {
  test('normalized and recognised as email', () => {
    assert.equal(normalizeQuery('  @@bob '), 'bob');
    assert.equal(looksLikeEmail('a.b@example.com'), true);
    assert.equal(looksLikeEmail('bob'), false);
  });
});
