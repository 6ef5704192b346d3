// Find Access's fast path (issue 14, item 7) over HTTP against the emulator: when the text is one user and the
// caller is an administrator, GitLab's list of that user's memberships answers (GET /users/:id/memberships,
// lib/api/users.rb `authenticated_as_admin!`; entity lib/api/entities/membership.rb: source_id, source_name,
// source_type, access_level, nothing else) instead of the walk; 403 for anyone else, and then the walk. The user
// comes from GET /users?username= (app/finders/users_finder.rb `by_username`: the whole username, any case).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { AccountSession } from '../../src/accounts/sessions';
import { PersonNode } from '../../src/findAccess/accessNodes';
import { peopleOf, placesSummary, searchSummary } from '../../src/findAccess/accessResults';
import { ListedPlaceNode } from '../../src/findAccess/listedPlaceNode';
import { searchAccess, type AccessSearchResult } from '../../src/findAccess/searchAccess';
import { generateLargeOrg, LARGE_ORG_ADMIN_TOKEN } from '../emulator/largeOrg';
import { startEmulator, type Emulator } from '../emulator/server';
import { clientFor, seen } from './support/emulatorClient';

/** A fresh emulator where alice is an administrator (her token: emu.tokens.alice). */
async function withAdmin(fn: (emu: Emulator) => Promise<void>): Promise<void> {
  const emu = await startEmulator({ port: 0 });
  emu.state.userByUsername('alice')!.isAdmin = true;
  try {
    await fn(emu);
  } finally {
    await emu.close();
  }
}

const listedKeys = (r: AccessSearchResult) => (r.listed?.memberships ?? []).map((m) => `${m.sourceKind}:${m.sourceId}`).sort();
/** The walk's direct places: what GitLab's list holds (it has no inherited access). */
const directKeys = (r: AccessSearchResult, userId: number) => r.hits
  .filter((h) => h.kind === 'member' && h.member.id === userId && !h.member.inheritedFrom)
  .map((h) => `${h.source.kind}:${h.source.id}`).sort();

test('the username lookup is exact: any letter case, never a part of a name', async () => {
  await withAdmin(async (emu) => {
    const { api } = clientFor(emu);
    assert.equal((await api.findUserByUsername('IVAN'))?.username, 'ivan');
    assert.equal(await api.findUserByUsername('iva'), undefined);
    assert.equal(await api.findUserByUsername('Ivan Ivanov'), undefined);
  });
});

test('an administrator: the user\'s memberships list, in at most 3 requests, the same places as the walk\'s direct ones; it says so', async () => {
  await withAdmin(async (emu) => {
    const ivan = emu.state.userByUsername('ivan')!;
    const walk = await searchAccess(clientFor(emu).api, 'ivan');
    emu.resetStats();
    const fast = await searchAccess(clientFor(emu, emu.tokens.alice).api, '@ivan');
    assert.equal(fast.path, 'memberships');
    assert.ok(emu.log.length <= 3, seen(emu).join('\n'));
    assert.deepEqual(seen(emu).map((r) => r.replace(/\?.*$/, '')), ['GET /api/v4/users', `GET /api/v4/users/${ivan.id}/memberships`]);
    assert.deepEqual(listedKeys(fast), directKeys(walk, ivan.id));
    assert.deepEqual(listedKeys(fast), ['group:102', 'project:201']);
    const [person] = peopleOf(fast);
    assert.equal(person.label, 'Ivan Ivanov (@ivan)');
    assert.equal(placesSummary(person), '2 places · highest Maintainer');
    assert.equal(searchSummary(fast, 1), '@ivan is a direct member of 2 groups and projects. GitLab\'s list names each place and role only: '
      + 'hover a row to read its path; inherited access, dates and invitations are not in it (search part of the name to walk every group and project). '
      + 'Path: the user\'s memberships list (administrator).');
  });
});

test('an administrator\'s email search: the user found by any email, then their memberships list', async () => {
  await withAdmin(async (emu) => {
    const fast = await searchAccess(clientFor(emu, emu.tokens.alice).api, 'carol@example.com');
    assert.equal(fast.path, 'memberships');
    assert.deepEqual(listedKeys(fast), ['group:100']);
  });
});

test('no administrator: GitLab answers 403 to the list, the walk runs, and the summary says why', async () => {
  await withAdmin(async (emu) => {
    emu.resetStats();
    const result = await searchAccess(clientFor(emu).api, 'ivan');
    assert.deepEqual([result.path, result.walkReason], ['walk', 'not-admin']);
    assert.ok(emu.log.some((e) => /\/users\/\d+\/memberships/.test(e.path) && e.status === 403), seen(emu).slice(0, 3).join('\n'));
    assert.ok(result.hits.length >= 3 && result.listed === undefined);
    assert.match(searchSummary(result, 1), /^One person matches "ivan" \(\d+ groups and projects searched\)\. Path: a walk of every group and project \(GitLab lists a user's memberships to administrators only\)\.$/);
  });
});

test('a part of a name walks, even for an administrator: member search by name is what people expect', async () => {
  await withAdmin(async (emu) => {
    emu.resetStats();
    const result = await searchAccess(clientFor(emu, emu.tokens.alice).api, 'Ivanov');
    assert.deepEqual([result.path, result.walkReason], ['walk', 'not-one-user']);
    assert.ok(!emu.log.some((e) => /memberships/.test(e.path)), 'the list was not asked for');
    assert.match(searchSummary(result, 1), /Path: a walk of every group and project \(the memberships list needs one exact username or a known email\)\.$/);
  });
});

test('a listed row has no path until it is opened; then it reads its place once and offers the tree\'s actions', async () => {
  await withAdmin(async (emu) => {
    const { api } = clientFor(emu, emu.tokens.alice);
    const result = await searchAccess(api, 'ivan');
    const session = { key: `${emu.url}#2`, account: { username: 'alice', userId: 2 }, readOnly: false, api } as unknown as AccountSession;
    const person = new PersonNode(session, peopleOf(result)[0], new Date());
    const rows = person.children as ListedPlaceNode[];
    assert.deepEqual(rows.map((r) => [r.item().label, r.item().description, r.item().contextValue, r.item().tooltip]), [
      ['API', 'Maintainer · direct · project', 'accessListed', undefined],
      ['Infra', 'Developer · direct · group', 'accessListed', undefined],
    ]);
    assert.equal(rows[0].source, undefined);
    emu.resetStats();
    await rows[1].resolve();
    await rows[1].resolve();
    assert.deepEqual(seen(emu).map((r) => r.replace(/\?.*$/, '')), ['GET /api/v4/groups/102'], 'one request, once');
    const item = rows[1].item();
    assert.deepEqual([item.label, item.description, item.contextValue], ['acme/platform/infra', 'Developer · direct', 'accessPlace;direct']);
    assert.equal(rows[1].member?.username, 'ivan');
    assert.ok(item.tooltip?.lines.some((l) => l.value.endsWith('/groups/acme/platform/infra')), JSON.stringify(item.tooltip));
  });
});

test('a listed row whose read is cancelled (the pointer moved on) stays unread, with no failure on it; one that fails says why and reads again next time', async () => {
  await withAdmin(async (emu) => {
    const { api } = clientFor(emu, emu.tokens.alice);
    const result = await searchAccess(api, 'ivan');
    const session = { key: `${emu.url}#2`, account: { username: 'alice', userId: 2 }, readOnly: false, api } as unknown as AccountSession;
    const row = (new PersonNode(session, peopleOf(result)[0], new Date()).children as ListedPlaceNode[])[1];
    const before = row.item();
    const hover = new AbortController();
    emu.setLatency(300);
    try {
      const seenBefore = emu.log.length;
      const reading = row.resolve(hover.signal);
      while (emu.log.length === seenBefore) await new Promise((resolve) => setImmediate(resolve)); // the read has gone out
      hover.abort();
      await reading;
    } finally {
      emu.setLatency(0);
    }
    assert.equal(row.source, undefined);
    assert.deepEqual(row.item(), before, 'no tooltip, no "Not read" line: as before the hover');
    emu.setFaults({ rate: 1, kinds: ['500'], methods: ['GET'], pathPattern: /\/groups\/102$/ }); // every attempt
    await row.resolve();
    assert.match(row.item().tooltip?.lines.find((l) => l.label === 'Not read')?.value ?? '', /500/);
    emu.setFaults(undefined);
    await row.resolve();
    assert.equal(row.item().label, 'acme/platform/infra', 'read on the next try');
    assert.equal(row.item().tooltip?.lines.some((l) => l.label === 'Not read'), false);
  });
});

test('the large organisation: nina\'s 84 memberships from the list match the walk\'s direct places', { timeout: 120_000 }, async () => {
  const emu = await startEmulator({ port: 0 });
  try {
    generateLargeOrg(emu.state);
    const nina = emu.state.userByUsername('nina')!;
    emu.resetStats();
    const fast = await searchAccess(clientFor(emu, LARGE_ORG_ADMIN_TOKEN).api, 'nina');
    assert.deepEqual([fast.path, fast.searched, emu.log.length], ['memberships', 84, 2]);
    // Every group and project (no 1,000 limit); in-process without latency the minute's budget would only make it wait.
    // The walk's many waiting requests listen to one signal: expected there (src/sources/scanSources.ts), so no
    // "possible EventTarget memory leak" warning for it.
    const warnings: string[] = [];
    const onWarning = (w: Error) => void warnings.push(`${w.name}: ${w.message}`);
    process.on('warning', onWarning);
    const walk = await searchAccess(clientFor(emu, emu.tokens.api, { requestsPerMinute: 0 }).api, 'nina', { limit: 2_000, concurrency: 8 })
      .finally(() => process.off('warning', onWarning));
    assert.deepEqual([walk.path, walk.truncated, walk.failures.length], ['walk', false, 0]);
    assert.deepEqual(warnings.filter((w) => /MaxListeners/.test(w)), []);
    assert.deepEqual(listedKeys(fast), directKeys(walk, nina.id));
  } finally {
    await emu.close();
  }
});
