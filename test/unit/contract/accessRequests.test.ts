// Access requests as GitLab's source has them, over HTTP against the emulator: lib/api/access_requests.rb,
// lib/api/entities/access_requester.rb, app/finders/access_requests_finder.rb (admin_member_access_request:
// group Owner, project Maintainer+), app/services/members/approve_access_request_service.rb (default level is
// the request's Developer; a project Maintainer cannot approve as Owner), `find_by!` misses as
// {"message":"404 Not found"} (lib/api/api.rb).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { client, withEmulator } from '../support/rawHttp';

const at = (r: { status: number; body: unknown }) => [r.status, r.body];

test('GET …/access_requests: who asked and when, for those who may approve; 403 for others', async () => {
  await withEmulator({}, async (emu) => {
    emu.state.addAccessRequest('acme', 'mallory', 3);
    emu.state.addAccessRequest('acme', 'trent', 1);
    const owner = client(emu);
    const r = await owner('GET', '/groups/acme/access_requests?per_page=1');
    assert.equal(r.status, 200);
    const [first] = r.body as Array<Record<string, unknown>>;
    assert.deepEqual(Object.keys(first).sort(), ['avatar_url', 'id', 'locked', 'name', 'requested_at', 'state', 'username', 'web_url']);
    assert.equal(first.username, 'mallory');
    assert.match(String(first.requested_at), /^\d{4}-\d{2}-\d{2}T/);
    assert.equal(r.headers.get('x-total'), '2');
    // alice is Maintainer of acme: not allowed on the group, allowed on its project (inherited Maintainer).
    const alice = client(emu, emu.tokens.alice);
    assert.deepEqual(at(await alice('GET', '/groups/acme/access_requests')), [403, { message: '403 Forbidden' }]);
    assert.equal((await alice('GET', '/projects/acme%2Fwebsite/access_requests')).status, 200);
  });
});

test('PUT …/approve: a member with the level asked for (Developer by default); 404 when nobody asked', async () => {
  await withEmulator({}, async (emu) => {
    emu.state.addAccessRequest('acme', 'mallory');
    emu.state.addAccessRequest('acme/website', 'trent');
    const owner = client(emu);
    const mallory = emu.state.userByUsername('mallory')!;
    const approved = await owner('PUT', `/groups/acme/access_requests/${mallory.id}/approve`, { access_level: 20 });
    assert.equal(approved.status, 201);
    assert.deepEqual([(approved.body as { username: string }).username, (approved.body as { access_level: number }).access_level], ['mallory', 20]);
    assert.deepEqual(emu.state.accessRequests('acme'), []);
    assert.equal(emu.state.members('acme').find((m) => m.username === 'mallory')?.accessLevel, 20);
    assert.deepEqual(at(await owner('PUT', `/groups/acme/access_requests/${mallory.id}/approve`)), [404, { message: '404 Not found' }]);

    const trent = emu.state.userByUsername('trent')!;
    // A project Maintainer may approve, but not as Owner.
    const alice = client(emu, emu.tokens.alice);
    assert.deepEqual(at(await alice('PUT', `/projects/acme%2Fwebsite/access_requests/${trent.id}/approve`, { access_level: 50 })), [403, { message: '403 Forbidden' }]);
    const byDefault = await alice('PUT', `/projects/acme%2Fwebsite/access_requests/${trent.id}/approve`);
    assert.deepEqual([byDefault.status, (byDefault.body as { access_level: number }).access_level], [201, 30]);
  });
});

test('DELETE …/access_requests/:user_id: 204 and gone; 403 for those who may not; 404 when nobody asked', async () => {
  await withEmulator({}, async (emu) => {
    emu.state.addAccessRequest('acme', 'mallory');
    const mallory = emu.state.userByUsername('mallory')!;
    const alice = client(emu, emu.tokens.alice);
    assert.deepEqual(at(await alice('DELETE', `/groups/acme/access_requests/${mallory.id}`)), [403, { message: '403 Forbidden' }]);
    assert.equal(emu.state.accessRequests('acme').length, 1, 'a refused deny leaves the request');
    const owner = client(emu);
    assert.equal((await owner('DELETE', `/groups/acme/access_requests/${mallory.id}`)).status, 204);
    assert.deepEqual(emu.state.accessRequests('acme'), []);
    assert.ok(!emu.state.members('acme').some((m) => m.username === 'mallory'), 'denying adds nobody');
    assert.deepEqual(at(await owner('DELETE', `/groups/acme/access_requests/${mallory.id}`)), [404, { message: '404 Not found' }]);
  });
});
