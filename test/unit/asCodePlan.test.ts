// Planning and applying a membership file against the emulator: adds (user id from an exact username match),
// invites, role and expiry changes, removals only with removeUnlisted, never yourself; per-item results; and a
// second plan after applying has nothing left to do.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { applyPlan, changeLabel, changesOf } from '../../src/asCode/applyPlan';
import { findUsers, loadPlan } from '../../src/asCode/loadPlan';
import { parseMembershipFile } from '../../src/asCode/parseFile';
import { countPlan, planSource } from '../../src/asCode/plan';
import { renderPlan } from '../../src/asCode/renderPlan';
import type { Group, Invitation, Member } from '../../src/gitlab/types';
import { clientFor, useEmulator } from './support/emulatorClient';

const emulator = useEmulator();
const now = new Date();

const FILE = `
groups:
  acme/platform:
    removeUnlisted: true
    members:
      - { username: heidi, role: maintainer }
      - { username: Alice, role: maintainer, expires: 2999-01-31 }
      - { username: nosuch, role: guest }
    invitations:
      - { email: new@example.com, role: reporter }
  acme:
    members:
      - { username: demo, role: owner }
      - { username: carol, role: reporter }
    invitations:
      - { email: contractor@example.org, role: reporter, expires: 2999-01-01 }
  acme/platform/infra:
    removeUnlisted: true
    members: []
projects:
  acme/nothing-here:
    members: []
`;

function spec() {
  const parsed = parseMembershipFile(FILE, now);
  assert.deepEqual(parsed.problems, []);
  return parsed.file!;
}

describe('plan and apply', () => {
  test('the plan: what changes where, what is kept, what cannot be done', async () => {
    const { api } = clientFor(emulator());
    const plans = await loadPlan(api, spec());
    const text = renderPlan(plans, { fileName: '.gitlab-members.yml', account: '@demo on localhost', at: new Date('2025-01-02T03:04:00Z') });
    const lines = text.split('\n');
    assert.equal(lines[0], 'Plan for .gitlab-members.yml on @demo on localhost, 2025-01-02 03:04 UTC');
    assert.equal(lines[3], '2 to add or invite · 2 to change · 5 to remove · 2 problems');
    const section = (title: string) => {
      const start = lines.indexOf(title);
      assert.ok(start >= 0, `no section "${title}" in\n${text}`);
      return lines.slice(start + 1, lines.indexOf('', start));
    };
    const carolWas = `Developer, expires ${emulator().state.members('acme').find((m) => m.username === 'carol')!.expiresAt}`;
    const daveWas = emulator().state.members('acme/platform').find((m) => m.username === 'dave')!.expiresAt;
    assert.deepEqual(section('group acme/platform  (removeUnlisted: true)'), [
      '+ add      @alice                     Maintainer, expires 2999-01-31',
      '+ invite   new@example.com            Reporter, no expiry',
      `- remove   @dave                      Developer`,
      '! error    @nosuch                    no GitLab user with this username (line 8)',
      '! warning  no pending invitation for new@example.com: if one was accepted, that person may be among the removals above (GitLab tells whose email it is only when it is public, or to administrators): list people by username',
    ]);
    assert.ok(daveWas);
    assert.deepEqual(section('group acme'), [
      `~ change   @carol                     ${carolWas} → Reporter, no expiry`,
      '~ change   contractor@example.org     Reporter, expires ' + emulator().state.invitations('acme').find((i) => i.email === 'contractor@example.org')!.expiresAt + ' → Reporter, expires 2999-01-01 (invitation)',
      '  keep     @alice                     not listed (removeUnlisted is off)',
      '  keep     @bob                       not listed (removeUnlisted is off)',
      '  keep     @frank                     not listed (removeUnlisted is off)',
      '  keep     @grace                     not listed (removeUnlisted is off)',
      '  keep     dev+test@example.com       not listed (removeUnlisted is off)',
      '  keep     newbie@example.net         not listed (removeUnlisted is off)',
    ]);
    assert.deepEqual(section('group acme/platform/infra  (removeUnlisted: true)').map((l) => l.slice(0, 36).trimEnd()), [
      '- remove   @ivan', '- remove   @xss', '- remove   @judy', '- revoke   ops-lead@example.com',
    ]);
    assert.match(section('project acme/nothing-here')[0], /^! error {4}project acme\/nothing-here: .*not found/i);
  });

  test('apply: per-item results, the changes made, and nothing left to do afterwards', async () => {
    const emu = emulator();
    const { api } = clientFor(emu);
    const changes = changesOf(await loadPlan(api, spec()));
    assert.equal(changes.length, 9);
    assert.equal(changeLabel(changes[0]), 'add @alice to group acme/platform (Maintainer, expires 2999-01-31)');
    const results = await applyPlan(api, changes);
    assert.deepEqual(results.filter((r) => r.status !== 'done').map((r) => `${changeLabel(r.item)}: ${r.error}`), []);
    const platform = emu.state.members('acme/platform').map((m) => `${m.username}:${m.accessLevel}:${m.expiresAt}`).sort();
    assert.deepEqual(platform, ['alice:40:2999-01-31', 'heidi:40:null']);
    assert.deepEqual(emu.state.members('acme/platform/infra'), []);
    assert.equal(emu.state.members('acme').find((m) => m.username === 'carol')?.accessLevel, 20);
    assert.ok(emu.state.invitations('acme/platform').some((i) => i.email === 'new@example.com' && i.accessLevel === 20));
    const again = await loadPlan(api, spec());
    assert.deepEqual(countPlan(again), { add: 0, change: 0, remove: 0, problems: 2 });
  });

  test('usernames are found by exact match only', async () => {
    const { api } = clientFor(emulator());
    const users = await findUsers(api, ['ali', 'BOB']);
    assert.equal(users.get('ali'), undefined);
    assert.equal(users.get('bob')?.id, 3);
  });
});

describe('never removing yourself', () => {
  test('the signed-in user, unlisted under removeUnlisted, is kept with a note', () => {
    const group: Group = { kind: 'group', id: 1, name: 'a', path: 'a', fullPath: 'a', fullName: 'a', parentId: null, webUrl: 'x' };
    const me: Member = { id: 1, username: 'demo', name: 'Demo', state: 'active', accessLevel: 50, expiresAt: null, membershipState: 'active' };
    const other: Member = { ...me, id: 2, username: 'bob', accessLevel: 30 };
    const range = { startLine: 0, startCol: 0, endLine: 0, endCol: 0 };
    const plan = planSource({ kind: 'group', fullPath: 'a', removeUnlisted: true, members: [], invitations: [], range },
      { source: group, members: [me, other], invitations: [], users: new Map(), selfId: 1 });
    assert.deepEqual(plan.items.map((i) => i.op), ['remove']);
    assert.deepEqual(plan.notes, [{ kind: 'keep', who: '@demo', reason: 'self' }]);
  });
});

describe('an invitation that was accepted', () => {
  test('a public email: its member stands for the line (role compared, never removed); a private one is warned about', async () => {
    const emu = emulator();
    const { api } = clientFor(emu);
    const project = emu.state.createProject({ path: 'accepted-invites', namespacePath: 'acme' });
    const source = emu.state.source(project.fullPath);
    for (const username of ['heidi', 'carol']) {
      const userId = emu.state.userByUsername(username)!.id;
      emu.state.putMembership(source, { userId, accessLevel: 30, expiresAt: null, createdAt: new Date().toISOString(), createdById: 1, state: 'active', memberRoleId: null });
    }
    const file = parseMembershipFile([
      'projects:',
      `  ${project.fullPath}:`,
      '    removeUnlisted: true',
      '    invitations:',
      '      - { email: heidi@example.com, role: maintainer }',
      '      - { email: carol@example.com, role: developer }',
    ].join('\n'), now).file!;
    const [plan] = await loadPlan(api, file);
    assert.deepEqual(plan.items.map((i) => `${i.op} ${'member' in i ? i.member.username : 'email' in i ? i.email : ''}`),
      ['change heidi', 'invite carol@example.com', 'remove carol']);
    const text = renderPlan([plan], { fileName: 'f', account: 'a', at: now });
    assert.ok(text.includes(`  accepted ${'heidi@example.com'.padEnd(26)} now @heidi's membership (list it as "username: heidi")\n`), text);
    assert.match(text, /! warning {2}no pending invitation for carol@example\.com: if one was accepted, that person may be among the removals above/);
    await applyPlan(api, changesOf([plan]).filter((c) => c.item.op === 'change'));
    const [again] = await loadPlan(api, file);
    assert.ok(!again.items.some((i) => i.op === 'change' || (i.op === 'remove' && i.member.username === 'heidi')), renderPlan([again], { fileName: 'f', account: 'a', at: now }));
    assert.equal(emu.state.members(project.fullPath).find((m) => m.username === 'heidi')?.accessLevel, 40);
  });
});

describe('entries whose expiry has passed', () => {
  test('are left out: not added, changed or invited, and not removed as unlisted either', () => {
    const group: Group = { kind: 'group', id: 1, name: 'a', path: 'a', fullPath: 'a', fullName: 'a', parentId: null, webUrl: 'x' };
    const bob: Member = { id: 2, username: 'bob', name: 'Bob', state: 'active', accessLevel: 30, expiresAt: '2025-06-15', membershipState: 'active' };
    const range = { startLine: 3, startCol: 0, endLine: 3, endCol: 0 };
    const old = { email: 'old@example.com', accessLevel: 10, expiresAt: '2024-01-01', expired: true, range } as const;
    const invitation: Invitation = { email: 'old@example.com', accessLevel: 10, expiresAt: '2024-01-01' };
    const plan = planSource({
      kind: 'group', fullPath: 'a', removeUnlisted: true, range,
      members: [
        { username: 'bob', accessLevel: 40, expiresAt: '2025-06-15', expired: true, range },
        { username: 'gone', accessLevel: 30, expiresAt: '2025-01-01', expired: true, range },
      ],
      invitations: [old],
    }, { source: group, members: [bob], invitations: [invitation], users: new Map(), selfId: 1 });
    assert.deepEqual(plan.items, []);
    assert.deepEqual(plan.notes.map((n) => n.kind === 'expired' && n.who), ['@bob', '@gone', 'old@example.com']);
    assert.deepEqual(countPlan([plan]), { add: 0, change: 0, remove: 0, problems: 0 });
    const text = renderPlan([plan], { fileName: 'f', account: 'a', at: new Date(0) });
    assert.ok(text.includes(`  skip     ${'@bob'.padEnd(26)} expires 2025-06-15 has passed: left as GitLab has it (line 4)\n`), text);
  });
});
