// Servers older than the current API texts: no token self-info before 15.5, no user_id invites before 14.10,
// no Owner on projects before 14.9.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { clientFor, seen, useEmulator } from './support/emulatorClient';

const emulator = useEmulator({ gitlabVersion: '14.8.0' });

describe('GitLab 14.8', () => {
  test('token info is simply unknown', async () => {
    const { api } = clientFor(emulator());
    assert.equal(await api.tokenInfo(), undefined);
    assert.equal((await api.currentUser()).username, 'demo');
  });

  test('users are added as members one by one instead of invited by id', async () => {
    const emu = emulator();
    const { api } = clientFor(emu);
    emu.resetStats();
    const outcomes = await api.invite({ kind: 'group', id: 'acme' }, { users: [{ id: 14, username: 'trent' }, { id: 2, username: 'alice' }], emails: ['old@example.com'], accessLevel: 30 });
    const by = new Map(outcomes.map((o) => [o.recipient, o.status]));
    assert.deepEqual([by.get('trent'), by.get('alice'), by.get('old@example.com')], ['invited', 'left', 'invited']);
    assert.ok(seen(emu, 'POST').every((r) => !/invitations.*user_id/.test(r)));
    assert.ok(emu.state.members('acme').some((m) => m.username === 'trent'));
    // Sent on purpose, POST /members answers 409 "Member already exists" (lib/api/members.rb): nothing changed.
    const [alice] = await api.invite({ kind: 'group', id: 'acme' }, { users: [{ id: 2, username: 'alice' }], accessLevel: 30, sendExisting: () => true });
    assert.deepEqual([alice.status, alice.message], ['already', 'Member already exists']);
    assert.equal(emu.state.members('acme').find((m) => m.username === 'alice')?.accessLevel, 40);
  });

  test('Owner on a project is refused by the server', async () => {
    const { api } = clientFor(emulator());
    const [o] = await api.invite({ kind: 'project', id: 'acme/website' }, { emails: ['owner@example.com'], accessLevel: 50 });
    assert.equal(o.status, 'failed');
  });
});
