// The API layer's seats over HTTP against the emulator (ee/lib/ee/api/members.rb; the emulator's rules are in
// test/emulator/billing.ts and checked in contract/billableMembers.test.ts): listing sorted by last activity with
// search and pages, a person's memberships direct and through shares (indirect, 16.11+; older servers: none),
// the scheduled removal, and GitLab's refusals as clear errors.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { startEmulator } from '../emulator/server';
import { clientFor, useEmulator } from './support/emulatorClient';

const emulator = useEmulator({ memberDeletionDelayMs: 60_000 });

test('seats sorted by last activity, dormant first, with search and pages', async () => {
  const { api } = clientFor(emulator());
  const first = await api.listBillableMembers('acme', { sort: 'last_activity_on_asc', perPage: 5 });
  assert.deepEqual(first.items.map((s) => s.username), ['bob', 'ivan', 'dave', 'hostile-long', 'hostile-rtl']);
  assert.deepEqual([first.total, first.nextPage], [13, 2]);
  const bob = first.items[0];
  assert.equal(bob.membershipType, 'group_member');
  assert.equal(bob.removable, true);
  assert.match(bob.lastActivityOn ?? '', /^\d{4}-\d{2}-\d{2}$/);
  assert.equal(bob.email, 'bob@example.com');
  const found = await api.listBillableMembers('acme', { search: 'judy' });
  assert.deepEqual(found.items.map((s) => s.username), ['judy']);
});

test('memberships: direct ones, then those through a share (indirect)', async () => {
  const emu = emulator();
  emu.state.addMember('partner-co', 'trent', 30);
  emu.state.shareProject('acme/website', 'partner-co');
  emu.state.addMember('acme/platform/api', 'trent', 20);
  const { api } = clientFor(emu);
  const trent = emu.state.userByUsername('trent')!;
  const rows = await api.allBillableMemberships('acme', trent.id);
  assert.deepEqual(rows.map((m) => [m.sourceFullName, m.roleName, m.accessLevel, m.viaShare]), [
    ['Acme / Platform / API', 'Reporter', 20, false],
    ['Partner Co', 'Developer', 30, true],
  ]);
});

test('memberships on a server without indirect (16.10): the direct ones only', async () => {
  const emu = await startEmulator({ port: 0, gitlabVersion: '16.10.0' });
  try {
    const { api, events } = clientFor(emu);
    const ivan = emu.state.userByUsername('ivan')!;
    const rows = await api.allBillableMemberships('acme', ivan.id);
    assert.deepEqual(rows.map((m) => m.sourceFullName), ['Acme / Platform / Infra', 'Acme / Platform / API']);
    assert.ok(events.some((e) => /\/indirect/.test(e.path) && e.status === 404), 'it asked, and took 404 as none');
  } finally {
    await emu.close();
  }
});

test('remove: scheduled (the seat stays until GitLab\'s worker runs), then gone from the hierarchy', async () => {
  const emu = emulator();
  const { api } = clientFor(emu);
  const heidi = emu.state.userByUsername('heidi')!;
  await api.removeBillableMember('acme', heidi.id);
  assert.ok((await api.listBillableMembers('acme', { search: 'heidi' })).items.length === 1);
  emu.runMemberDeletions();
  assert.deepEqual((await api.listBillableMembers('acme', { search: 'heidi' })).items, []);
  await assert.rejects(api.removeBillableMember('acme', heidi.id).then(() => api.removeBillableMember('acme', heidi.id)), (e: Error & { kind?: string }) => {
    assert.equal(e.kind, 'bad-request');
    assert.match(e.message, /already scheduled/);
    return true;
  });
  emu.runMemberDeletions();
});

test('refusals: a subgroup and a non-Owner get bad-request, Community Edition not-found; a bad id is refused before any request', async () => {
  const emu = emulator();
  const owner = clientFor(emu);
  await assert.rejects(owner.api.listBillableMembers('acme/platform'), { kind: 'bad-request' });
  await assert.rejects(clientFor(emu, emu.tokens.alice).api.listBillableMembers('acme'), { kind: 'bad-request' });
  const before = owner.events.length;
  await assert.rejects(owner.api.removeBillableMember('acme', -1), /user id/i);
  assert.equal(owner.events.length, before);
  const ce = await startEmulator({ port: 0, instance: { edition: 'ce' } });
  try {
    await assert.rejects(clientFor(ce).api.listBillableMembers('acme'), { kind: 'not-found' });
  } finally {
    await ce.close();
  }
});
