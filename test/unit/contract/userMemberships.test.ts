// GET /users/:user_id/memberships as lib/api/users.rb and lib/api/entities/membership.rb have it: administrators
// only, every direct membership as source_id, source_name, source_type (Namespace or Project), access_level.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { client, withEmulator } from '../support/rawHttp';

const at = (r: { status: number; body: unknown }) => [r.status, r.body];

test('an administrator lists a user\'s memberships; others get 403; unknown user 404; type filters', async () => {
  await withEmulator({}, async (emu) => {
    const ivan = emu.state.userByUsername('ivan')!;
    assert.deepEqual(at(await client(emu)('GET', `/users/${ivan.id}/memberships`)), [403, { message: '403 Forbidden' }]);
    emu.state.userByUsername('alice')!.isAdmin = true;
    const admin = client(emu, emu.tokens.alice);
    const r = await admin('GET', `/users/${ivan.id}/memberships`);
    assert.equal(r.status, 200);
    assert.deepEqual(r.body, [
      { source_id: 102, source_name: 'Infra', source_type: 'Namespace', access_level: 30 },
      { source_id: 201, source_name: 'API', source_type: 'Project', access_level: 40 },
    ]);
    assert.deepEqual((await admin('GET', `/users/${ivan.id}/memberships?type=Project`)).body, [{ source_id: 201, source_name: 'API', source_type: 'Project', access_level: 40 }]);
    assert.deepEqual(at(await admin('GET', `/users/${ivan.id}/memberships?type=Group`)), [400, { error: 'type does not have a valid value' }]);
    assert.deepEqual(at(await admin('GET', '/users/99999/memberships')), [404, { message: '404 User Not Found' }]);
  });
});
