// Removing one person's access everywhere (issue 14, item 6), over HTTP against the emulator: the plan from
// Find Access's walk (what goes; what stays, and why), GitLab's seats removal for a top-level group the caller
// owns (ee/lib/ee/api/members.rb DELETE billable_members, carried out by the worker in
// ee/app/workers/members/prune_deletions_worker.rb), single removals elsewhere with skip_subresources
// (lib/api/members.rb), invitations revoked, and a second run that finds only what stayed.
import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import type { AccessHit } from '../../src/findAccess/searchAccess';
import type { Group, Member, Project } from '../../src/gitlab/types';
import { collectOffboarding, type OffboardPerson } from '../../src/offboarding/collectOffboarding';
import { planOffboarding } from '../../src/offboarding/planOffboarding';
import { runOffboarding } from '../../src/offboarding/runOffboarding';
import { startEmulator } from '../emulator/server';
import { clientFor, useEmulator } from './support/emulatorClient';

const emulator = useEmulator({ memberDeletionDelayMs: 0 });

function personOf(username: string, email?: string): OffboardPerson {
  const u = emulator().state.userByUsername(username)!;
  return { userId: u.id, username, label: `${u.name} (@${username})`, ...(email ? { email } : {}) };
}

test('ivan: acme\'s places go through its seats removal, his invitation by itself, partner-co stays with the reason', async () => {
  const emu = emulator();
  emu.state.addMember('partner-co', 'ivan', 30);
  emu.state.addInvitation('acme/design', 'ivan@example.com', 20);
  const { api } = clientFor(emu);
  const ivan = personOf('ivan', 'ivan@example.com');
  const found = await collectOffboarding(api, ivan, false);
  assert.equal(found.path, 'walk', 'demo is no administrator: GitLab answers 403 to the memberships list');
  const rows = found.plan.rows.map((r) => [r.hit.source.fullPath, r.hit.kind, r.action, r.action === 'remove' ? r.by : r.reason]);
  assert.deepEqual(rows.sort(), [
    ['acme/design', 'invitation', 'remove', 'row'],
    ['acme/platform/api', 'member', 'remove', 'seats'],
    ['acme/platform/infra', 'member', 'remove', 'seats'],
    ['partner-co', 'member', 'keep', 'You are Developer here: managing members of a group needs Owner, so GitLab will refuse (403).'],
  ]);
  emu.resetStats();
  const results = await runOffboarding(api, ivan, found.plan);
  assert.deepEqual(results.map((r) => [r.item.hit.source.fullPath, r.status]).sort(), [['acme/design', 'done'], ['acme/platform/api', 'done'], ['acme/platform/infra', 'done']]);
  const deletes = emu.log.filter((e) => e.method === 'DELETE').map((e) => e.path.replace(/\?.*$/, ''));
  assert.deepEqual(deletes.sort(), [`/api/v4/groups/100/billable_members/${ivan.userId}`, '/api/v4/groups/103/invitations/ivan%40example.com'], 'one call for acme\'s memberships');
  for (const place of ['acme/platform/infra', 'acme/platform/api']) assert.ok(!emu.state.members(place).some((m) => m.username === 'ivan'), place);
  assert.deepEqual(emu.state.invitations('acme/design').filter((i) => i.email === 'ivan@example.com'), []);
  assert.ok(emu.state.members('partner-co').some((m) => m.username === 'ivan'), 'partner-co is not the caller\'s to change');

  const again = await collectOffboarding(api, ivan, false);
  assert.deepEqual(again.plan.rows.map((r) => [r.hit.source.fullPath, r.action]), [['partner-co', 'keep']], 'a second run finds only what stayed');
});

test('without seats (Community Edition): each membership on its own, sub-memberships left to the plan', async () => {
  const ce = await startEmulator({ port: 0, instance: { edition: 'ce' } });
  try {
    ce.state.addMember('acme', 'judy', 20);
    const { api } = clientFor(ce);
    const judy = ce.state.userByUsername('judy')!;
    const person = { userId: judy.id, username: 'judy', label: 'Judy Jones (@judy)' };
    const found = await collectOffboarding(api, person, false);
    assert.deepEqual(found.plan.rows.map((r) => [r.hit.source.fullPath, r.action === 'remove' && r.by]).sort(), [['acme', 'row'], ['acme/platform/infra', 'row']]);
    assert.ok(found.plan.inherited.some((h) => h.source.fullPath === 'acme/platform'), 'her inherited access is shown, not removed by itself');
    const results = await runOffboarding(api, person, found.plan);
    assert.ok(results.every((r) => r.status === 'done'));
    const removals = ce.log.filter((e) => e.method === 'DELETE').map((e) => e.path);
    assert.deepEqual(removals.sort(), [`/api/v4/groups/100/members/${judy.id}`, `/api/v4/groups/102/members/${judy.id}`]);
    for (const path of removals) assert.equal(String(ce.state.lastRequestParams('DELETE', path)?.skip_subresources), 'true', path);
    assert.deepEqual([ce.state.members('acme'), ce.state.members('acme/platform/infra')].map((ms) => ms.some((m) => m.username === 'judy')), [false, false]);
  } finally {
    await ce.close();
  }
});

test('an administrator: the user\'s memberships list instead of the walk (lib/api/users.rb), the same places', async () => {
  const emu = await startEmulator({ port: 0, memberDeletionDelayMs: 0 });
  try {
    emu.state.userByUsername('alice')!.isAdmin = true;
    const { api } = clientFor(emu, emu.tokens.alice);
    const u = emu.state.userByUsername('ivan')!;
    const found = await collectOffboarding(api, { userId: u.id, username: 'ivan', label: 'Ivan Ivanov (@ivan)' }, false);
    assert.equal(found.path, 'memberships');
    assert.deepEqual(found.plan.rows.map((r) => [r.hit.source.fullPath, r.action]).sort(), [['acme/platform/api', 'remove'], ['acme/platform/infra', 'remove']]);
    assert.equal(emu.log.filter((e) => /\/members\/all/.test(e.path)).length, 0, 'no walk');
  } finally {
    await emu.close();
  }
});

test('the plan keeps a group\'s only Owner, and then no seats removal for that hierarchy', () => {
  const acme: Group = { kind: 'group', id: 100, name: 'Acme', path: 'acme', fullPath: 'acme', fullName: 'Acme', parentId: null, webUrl: '' };
  const design: Group = { ...acme, id: 103, path: 'design', fullPath: 'acme/design', fullName: 'Acme / Design', parentId: 100 };
  const site: Project = { kind: 'project', id: 200, name: 'Website', path: 'website', fullPath: 'acme/website', fullName: 'Acme / Website', namespace: { id: 100, kind: 'group', fullPath: 'acme' }, webUrl: '' };
  const member = (accessLevel: number) => ({ id: 7, username: 'erin', name: 'Erin Evans', state: 'active', accessLevel, createdAt: '', expiresAt: null } as unknown as Member);
  const hits: AccessHit[] = [{ kind: 'member', source: design, member: member(50) }, { kind: 'member', source: site, member: member(30) }];
  const facts = { callerLevels: new Map([['group:103', 50], ['project:200', 50]] as const), onlyOwnerOf: new Set(['group:103']), seatRoots: [acme], readOnly: false, admin: false, incomplete: false };
  const plan = planOffboarding(hits, facts);
  assert.deepEqual(plan.rows.map((r) => [r.hit.source.fullPath, r.action, r.action === 'keep' ? r.reason : r.by]), [
    ['acme/design', 'keep', 'the only Owner of acme/design: GitLab keeps a group\'s last Owner'],
    ['acme/website', 'remove', 'row'],
  ]);
  // Without the Owner row, acme's seats removal takes both; after a search that missed places, never.
  const website = [hits[1]];
  assert.deepEqual(planOffboarding(website, facts).rows.map((r) => r.action === 'remove' && r.by), ['seats']);
  assert.deepEqual(planOffboarding(website, { ...facts, incomplete: true }).rows.map((r) => r.action === 'remove' && r.by), ['row']);
});
