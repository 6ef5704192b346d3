// The API layer's invite never changes a role unasked. GitLab (14.9+) sets an existing member's role and expiry to
// what an invitation says, up or down (spec/requests/api/invitations_spec.rb "updates an already existing active
// member"), and (15.8+) updates a pending invitation: so `checkInvitees` finds who already has access (direct,
// inherited, invited), `invite` leaves them out unless `sendExisting` says otherwise, and GitLab's bare "success"
// is read against what they held.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { clientFor, seen, useEmulator } from './support/emulatorClient';

const emulator = useEmulator();
const platform = { kind: 'group' as const, id: 'acme/platform' };

describe('who already has access here', () => {
  test('a direct member by public email, an inherited one by id, an invitation; a private email is unmatched', async () => {
    const { api } = clientFor(emulator());
    const checks = await api.checkInvitees({ kind: 'group', id: 101, fullPath: 'acme/platform' } as never, {
      emails: ['heidi@example.com', 'carol@example.com', 'brand-new@example.org'], users: [{ id: 2, username: 'alice' }],
    });
    assert.deepEqual(checks.get('heidi@example.com')?.standing, { as: 'member', accessLevel: 40, expiresAt: null });
    assert.deepEqual(checks.get('#2')?.standing, { as: 'inherited', accessLevel: 40, expiresAt: null, from: 'acme' });
    // carol is an inherited Developer, but her email is private: GitLab's user search does not reveal it.
    assert.deepEqual([checks.get('carol@example.com')?.standing, checks.get('carol@example.com')?.unmatched], [undefined, true]);
    assert.equal(checks.get('brand-new@example.org')?.unmatched, true, 'a new address cannot be told apart from a private one');
    const infra = await api.checkInvitees({ kind: 'group', id: 'acme/platform/infra' }, { emails: ['ops-lead@example.com'] });
    assert.deepEqual(infra.get('ops-lead@example.com')?.standing, { as: 'invitation', accessLevel: 40, expiresAt: null });
  });

  test('for an administrator every email is matched (GitLab\'s user search shows them any email)', async (t) => {
    const emu = emulator();
    const demo = emu.state.userByUsername('demo')!;
    demo.isAdmin = true;
    t.after(() => { demo.isAdmin = false; });
    const checks = await clientFor(emu).api.checkInvitees({ kind: 'group', id: 'acme' }, { emails: ['carol@example.com', 'brand-new@example.org'] });
    const carol = emu.state.members('acme').find((m) => m.username === 'carol');
    assert.deepEqual(checks.get('carol@example.com')?.standing, { as: 'member', accessLevel: 30, expiresAt: carol?.expiresAt });
    assert.equal(checks.get('brand-new@example.org')?.unmatched, undefined);
  });
});

describe('invite', () => {
  test('a direct Developer who is Maintainer in the parent group: the direct role counts, and GitLab\'s floor is said', async (t) => {
    const emu = emulator();
    emu.state.addMember('acme/platform', 'alice', 30);
    t.after(() => { emu.state.removeMembership(emu.state.source('acme/platform'), 2); });
    const api = clientFor(emu).api;
    const checks = await api.checkInvitees(platform, { users: [{ id: 2, username: 'alice' }] });
    assert.deepEqual(checks.get('#2')?.standing, { as: 'member', accessLevel: 30, expiresAt: null, inheritedLevel: 40 });
    const [atMaintainer] = await api.invite(platform, { users: [{ id: 2, username: 'alice' }], accessLevel: 40, sendExisting: () => true });
    assert.deepEqual([atMaintainer.status, atMaintainer.before?.accessLevel], ['changed', 30], 'a raise from the direct Developer role reads as no change');
  });

  test('an expiry-only change sent on purpose is a change, not "the same role"', async (t) => {
    const emu = emulator();
    const judy = emu.state.addMember('acme/platform', 'judy', 20, { expiresAt: '2099-01-01' });
    t.after(() => { emu.state.removeMembership(emu.state.source('acme/platform'), judy.userId); });
    const [o] = await clientFor(emu).api.invite(platform, { users: [{ id: 12, username: 'judy' }], accessLevel: 20, sendExisting: () => true });
    assert.deepEqual([o.status, o.expiresAt, o.before?.expiresAt], ['changed', null, '2099-01-01']);
    assert.equal(emu.state.members('acme/platform').find((m) => m.username === 'judy')?.expiresAt, null, 'GitLab kept the expiry the invitation cleared');
  });

  test('a pending invitation typed in another case is sent as GitLab stores it, and updated', async (t) => {
    const emu = emulator();
    t.after(() => { emu.state.invitationsOf(emu.state.source('acme/platform/infra')).find((i) => i.email === 'ops-lead@example.com')!.accessLevel = 40; });
    const [o] = await clientFor(emu).api.invite({ kind: 'group', id: 'acme/platform/infra' }, { emails: ['OPS-Lead@Example.com'], accessLevel: 30, sendExisting: () => true });
    assert.deepEqual([o.status, o.recipient], ['updated', 'ops-lead@example.com']);
  });

  test('leaves an existing Maintainer out unasked: no request for her, her role unchanged', async () => {
    const emu = emulator();
    const { api } = clientFor(emu);
    emu.resetStats();
    const [heidi] = await api.invite(platform, { emails: ['heidi@example.com'], accessLevel: 30 });
    assert.deepEqual([heidi.status, heidi.before?.accessLevel], ['left', 40]);
    assert.equal(seen(emu, 'POST').length, 0);
    assert.equal(emu.state.members('acme/platform').find((m) => m.username === 'heidi')?.accessLevel, 40);
  });

  test('sent on purpose: "changed", from Maintainer to Developer, and GitLab has it', async (t) => {
    const emu = emulator();
    t.after(() => { emu.state.addMember('acme/platform', 'heidi', 40); });
    const [heidi] = await clientFor(emu).api.invite(platform, { emails: ['heidi@example.com'], accessLevel: 30, sendExisting: (s) => s.as === 'member' });
    assert.deepEqual([heidi.status, heidi.before?.accessLevel, heidi.accessLevel], ['changed', 40, 30]);
    assert.equal(emu.state.members('acme/platform').find((m) => m.username === 'heidi')?.accessLevel, 30);
  });

  test('an inherited higher role: refused before any request, whatever the caller allows', async () => {
    const emu = emulator();
    emu.resetStats();
    const [alice] = await clientFor(emu).api.invite(platform, { users: [{ id: 2, username: 'alice' }], accessLevel: 30, sendExisting: () => true });
    assert.equal(alice.status, 'failed');
    assert.equal(alice.message, 'Holds a higher role in a parent group (acme); GitLab refuses a lower one here. Not sent.');
    assert.equal(seen(emu, 'POST').length, 0);
  });

  test('an inherited lower role allowed through: a direct membership, reported with what they had', async (t) => {
    const emu = emulator();
    t.after(() => { emu.state.removeMembership(emu.state.source('acme/platform/infra'), 5); });
    const [dave] = await clientFor(emu).api.invite({ kind: 'group', id: 'acme/platform/infra' }, { users: [{ id: 5, username: 'dave' }], accessLevel: 40, sendExisting: (s) => s.as === 'inherited' });
    assert.deepEqual([dave.status, dave.before?.as, dave.before?.from], ['invited', 'inherited', 'acme/platform']);
    assert.equal(emu.state.members('acme/platform/infra').find((m) => m.username === 'dave')?.accessLevel, 40);
  });
});
