// The Members API as GitLab's source has it, over HTTP against the emulator. Each test names the GitLab file or
// spec example it stands for (gitlabhq/gitlabhq: lib/api/members.rb, lib/api/helpers/members_helpers.rb,
// lib/api/entities/member.rb, app/services/members/, app/workers/remove_expired_members_worker.rb,
// spec/requests/api/members_spec.rb).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { client, withEmulator } from '../support/rawHttp';

const at = (r: { status: number; body: unknown }) => [r.status, r.body];

describe('looking a member up: find_by! misses are {"message":"404 Not found"} (lib/api/api.rb rescues RecordNotFound)', () => {
  test('GET /members/:id and /members/all/:id, PUT and DELETE of a non-member', async () => {
    await withEmulator({}, async (emu) => {
      const api = client(emu);
      const missing = [404, { message: '404 Not found' }];
      assert.deepEqual(at(await api('GET', '/groups/acme/members/14')), missing);
      assert.deepEqual(at(await api('GET', '/groups/acme/members/all/14')), missing);
      // members_spec "returns 409 if member does not exist" asserts :not_found: the lookup comes before the permission check
      assert.deepEqual(at(await api('PUT', '/groups/acme/members/14', { access_level: 30 })), missing);
      assert.deepEqual(at(await client(emu, emu.tokens.alice)('PUT', '/groups/acme/members/14', { access_level: 30 })), missing);
      assert.deepEqual(at(await api('DELETE', '/groups/acme/members/14')), missing);
      assert.deepEqual(at(await api('GET', '/groups/acme/members/2')).slice(0, 1), [200]);
    });
  });
});

describe('POST /members (lib/api/members.rb)', () => {
  test('one user: 404 "User Not Found", then 409 "Member already exists" (no role change), both before the permission check', async () => {
    await withEmulator({}, async (emu) => {
      const maintainer = client(emu, emu.tokens.alice); // alice is Maintainer of acme, not Owner
      // members_spec "returns 404 when the user_id is not valid"
      assert.deepEqual(at(await maintainer('POST', '/groups/acme/members', { user_id: 99999, access_level: 30 })), [404, { message: '404 User Not Found' }]);
      // members_spec "returns 409 if member already exists"
      assert.deepEqual(at(await maintainer('POST', '/groups/acme/members', { user_id: 3, access_level: 40 })), [409, { message: 'Member already exists' }]);
      assert.equal(emu.state.members('acme').find((m) => m.username === 'bob')?.accessLevel, 20);
      // "a 403 response when user does not have rights to manage members"
      assert.deepEqual(at(await maintainer('POST', '/groups/acme/members', { user_id: 14, access_level: 30 })), [403, { message: '403 Forbidden' }]);
      // members_spec "returns a 400 if user_id is also provided"
      assert.deepEqual(at(await client(emu)('POST', '/groups/acme/members', { user_id: 14, username: 'trent', access_level: 30 })), [400, { error: 'user_id, username are mutually exclusive' }]);
    });
  });

  test('a comma list: 201 with one message string; the others added, existing members updated, unknown ids dropped', async () => {
    await withEmulator({}, async (emu) => {
      const api = client(emu);
      // members_spec "returns the error message if there was an error adding members to group": message is a string
      const res = await api('POST', '/groups/acme%2Fplatform/members', { user_id: '14,2,12,99999,11', access_level: 30 });
      assert.deepEqual(at(res), [201, {
        message: 'alice: Access level should be greater than or equal to Maintainer inherited membership from group Acme', status: 'error',
      }]);
      const platform = emu.state.members('acme/platform');
      assert.deepEqual(['trent', 'judy', 'ivan'].map((u) => platform.find((m) => m.username === u)?.accessLevel), [30, 30, 30]);
      // creator_service.rb updates an existing member (heidi, Maintainer) and clears an omitted expiry
      emu.state.addMember('acme/platform', 'judy', 20, { expiresAt: '2099-01-01' });
      assert.deepEqual((await api('POST', '/groups/acme%2Fplatform/members', { user_id: '10,12', access_level: 20 })).body, { status: 'success' });
      const after = emu.state.members('acme/platform');
      assert.deepEqual(after.filter((m) => m.username === 'heidi' || m.username === 'judy').map((m) => [m.username, m.accessLevel, m.expiresAt]),
        [['heidi', 20, null], ['judy', 20, null]]);
      // the last Owner cannot be updated: "not authorized to update member", with http_status
      const owner = await api('POST', '/groups/big-org/members', { user_id: '1,14', access_level: 30 });
      assert.deepEqual(owner.body, { message: 'demo: not authorized to update member', status: 'error', http_status: 'unauthorized' });
    });
  });
});

describe('the Member entity (lib/api/entities/member.rb)', () => {
  test('created_by is left out when nobody is recorded (expose_nil: false); expires_at is a date', async () => {
    await withEmulator({}, async (emu) => {
      const members = (await client(emu)('GET', '/groups/acme/members')).body as Array<Record<string, unknown>>;
      const demo = members.find((m) => m.username === 'demo')!;
      const carol = members.find((m) => m.username === 'carol')!;
      assert.equal('created_by' in demo, false);
      assert.equal((carol.created_by as { username: string }).username, 'demo');
      assert.match(String(carol.expires_at), /^\d{4}-\d{2}-\d{2}$/);
      for (const key of ['id', 'username', 'name', 'state', 'locked', 'avatar_url', 'web_url', 'access_level', 'created_at', 'expires_at', 'membership_state']) {
        assert.ok(key in carol, `no ${key}`);
      }
    });
  });
});

describe('membership state (EE: ee/lib/ee/api/members.rb PUT /groups/:id/members/:user_id/state, 15.0+)', () => {
  test('awaiting and back on a top-level group; no membership, the last Owner, or a subgroup are refused', async () => {
    await withEmulator({}, async (emu) => {
      const api = client(emu);
      const put = (path: string, user: number, state: string) => api('PUT', `/groups/${path}/members/${user}/state?state=${state}`);
      assert.deepEqual(at(await put('acme', 3, 'awaiting')), [200, { success: true }]);
      assert.equal(emu.state.members('acme').find((m) => m.username === 'bob')?.state, 'awaiting');
      assert.deepEqual(at(await put('acme', 3, 'active')), [200, { success: true }]);
      assert.deepEqual(at(await put('acme', 14, 'awaiting')), [422, { message: 'No memberships found' }]);
      // ee/app/services/members/await_service.rb and activate_service.rb: yourself, the last Owner, nothing to change.
      assert.deepEqual(at(await put('big-org', 1, 'awaiting')), [422, { message: 'You cannot set yourself to awaiting' }]);
      assert.deepEqual(at(await put('acme', 3, 'active')), [422, { message: 'No memberships found' }], 'bob is active already');
      emu.state.userByUsername('alice')!.isAdmin = true;
      const admin = client(emu, emu.tokens.alice);
      assert.deepEqual(at(await admin('PUT', '/groups/acme/members/1/state?state=awaiting')), [422, { message: 'The last owner cannot be set to awaiting' }]);
      assert.deepEqual(at(await put('acme%2Fplatform', 5, 'active')), [400, { message: '400 Bad request' }]);
      assert.deepEqual(at(await put('acme', 3, 'sleeping')), [400, { error: 'state does not have a valid value' }]);
    });
  });
});

describe('expired memberships: RemoveExpiredMembersWorker (daily, cron "10 0 * * *")', () => {
  test('listed until the worker runs; then gone if expires_at <= today, except a group\'s last Owner; invitations too', async () => {
    await withEmulator({}, async (emu) => {
      const api = client(emu);
      const today = new Date().toISOString().slice(0, 10);
      const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
      const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
      emu.state.addMember('acme/design', 'judy', 20, { expiresAt: yesterday });
      emu.state.addMember('acme/design', 'ivan', 20, { expiresAt: today });
      emu.state.addMember('acme/design', 'trent', 20, { expiresAt: tomorrow });
      emu.state.addInvitation('acme/design', 'gone@example.org', 20, { expiresAt: yesterday });
      const owner = emu.state.createGroup({ path: 'lonely', ownerUsername: 'demo' });
      emu.state.directMembers(emu.state.source('lonely'))[0].expiresAt = yesterday;
      // GroupMembersFinder has no expiry filter: until the worker runs, GET still lists them
      const names = async () => ((await api('GET', '/groups/acme%2Fdesign/members')).body as Array<{ username: string }>).map((m) => m.username);
      assert.deepEqual((await names()).filter((u) => ['judy', 'ivan', 'trent'].includes(u)), ['judy', 'ivan', 'trent']);
      assert.deepEqual(emu.runExpiredMembersWorker(), { members: 2, invitations: 1 });
      assert.deepEqual((await names()).filter((u) => ['judy', 'ivan', 'trent'].includes(u)), ['trent']);
      assert.equal(emu.state.invitations('acme/design').some((i) => i.email === 'gone@example.org'), false);
      assert.equal(emu.state.members(owner.fullPath).length, 1, 'the last Owner was removed (DestroyService keeps them)');
    });
  });

  test('the demo\'s own data is as after this morning\'s run: nothing listed has expired', async () => {
    await withEmulator({}, async (emu) => {
      const today = new Date().toISOString().slice(0, 10);
      for (const path of ['acme', 'acme/platform', 'acme/design', 'acme/platform/infra', 'partner-co']) {
        assert.ok(emu.state.members(path).every((m) => !m.expiresAt || m.expiresAt > today), path);
      }
    });
  });
});
