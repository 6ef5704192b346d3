// Custom roles (GitLab Ultimate 16.6+) over real HTTP: listing, and member_role_id on invitations and member edits.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { isGitLabError } from '../../src/gitlab/errors';
import { clientFor, useEmulator } from './support/emulatorClient';

const emulator = useEmulator();
const older = useEmulator({ gitlabVersion: '16.5.0' });

describe('custom roles', () => {
  test('a top-level group lists its custom roles', async () => {
    const { api } = clientFor(emulator());
    assert.deepEqual(await api.listMemberRoles('acme'), [
      { id: 1, name: 'Security auditor', description: 'Reads code and vulnerability reports', baseAccessLevel: 20 },
    ]);
    assert.deepEqual(await api.listMemberRoles('big-org'), []);
  });

  test('a server without custom roles lists none', async () => {
    const { api } = clientFor(older());
    assert.deepEqual(await api.listMemberRoles('acme'), []);
  });

  test('an invitation with a custom role keeps it', async () => {
    const emu = emulator();
    const { api } = clientFor(emu);
    const outcomes = await api.invite({ kind: 'group', id: 'acme' }, { emails: ['auditor@example.com'], accessLevel: 20, memberRoleId: 1 });
    assert.deepEqual(outcomes.map((o) => o.status), ['invited']);
    const inv = emu.state.invitations('acme').find((i) => i.email === 'auditor@example.com');
    assert.deepEqual([inv?.accessLevel, inv?.memberRoleId], [20, 1]);
    assert.equal(String(emu.state.lastRequestParams('POST', '/groups/acme/invitations')?.member_role_id), '1');
  });

  test('a project invitation may use its top-level group\'s custom role', async () => {
    const emu = emulator();
    const { api } = clientFor(emu);
    const outcomes = await api.invite({ kind: 'project', id: 'acme/platform/api' }, { emails: ['api-auditor@example.com'], accessLevel: 20, memberRoleId: 1 });
    assert.deepEqual(outcomes.map((o) => o.status), ['invited']);
    assert.equal(emu.state.invitations('acme/platform/api').find((i) => i.email === 'api-auditor@example.com')?.memberRoleId, 1);
  });

  test('editing a member to a custom role, and back to a standard role', async () => {
    const emu = emulator();
    const { api } = clientFor(emu);
    const bob = emu.state.members('acme').find((m) => m.username === 'bob');
    assert.ok(bob);
    const edited = await api.editMember({ kind: 'group', id: 'acme' }, bob.userId, { accessLevel: 20, memberRoleId: 1 });
    assert.equal(edited.memberRoleId, 1);
    assert.equal(emu.state.members('acme').find((m) => m.username === 'bob')?.memberRoleId, 1);
    const listed = (await api.listMembers(await api.getGroup('acme'))).items.find((m) => m.username === 'bob');
    assert.equal(listed?.memberRoleId, 1);
    const back = await api.editMember({ kind: 'group', id: 'acme' }, bob.userId, { accessLevel: 30 });
    assert.equal(back.memberRoleId, undefined);
    assert.equal(emu.state.members('acme').find((m) => m.username === 'bob')?.memberRoleId, null);
  });

  test('a custom role of another top-level group is refused', async () => {
    const emu = emulator();
    const { api } = clientFor(emu);
    const alice = emu.state.members('big-org').find((m) => m.accessLevel === 20);
    assert.ok(alice);
    await assert.rejects(api.editMember({ kind: 'group', id: 'big-org' }, alice.userId, { accessLevel: 20, memberRoleId: 1 }),
      (e: unknown) => isGitLabError(e) && e.kind === 'bad-request');
  });
});
