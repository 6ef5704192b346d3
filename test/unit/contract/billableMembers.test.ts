// Seats (billable members) as GitLab's EE source has them, over HTTP against the emulator:
// ee/lib/ee/api/members.rb (the routes, their checks and their order), ee/lib/api/entities/billable_member.rb and
// billable_membership.rb (the fields), ee/app/finders/namespaces/billed_users_finder.rb with ee/app/models/ee/group.rb
// (who is billed), app/models/user.rb (the sorts, nulls last), ee/app/services/members/schedule_deletion_service.rb
// with ee/app/workers/members/prune_deletions_worker.rb (removal is scheduled, then carried out by a worker).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { client, withEmulator } from '../support/rawHttp';

type Row = Record<string, unknown>;
const at = (r: { status: number; body: unknown }) => [r.status, r.body];
const names = (body: unknown) => (body as Row[]).map((r) => r.username);

test('GET /groups/:id/billable_members: everyone taking a seat in the hierarchy, once, with GitLab\'s fields', async () => {
  await withEmulator({}, async (emu) => {
    const owner = client(emu);
    const r = await owner('GET', '/groups/acme/billable_members?per_page=100');
    assert.equal(r.status, 200);
    const rows = r.body as Row[];
    assert.deepEqual(Object.keys(rows[0]).sort(), [
      'avatar_url', 'created_at', 'email', 'id', 'is_last_owner', 'last_activity_on', 'last_login_at', 'locked', 'membership_type', 'name',
      'removable', 'state', 'username', 'web_url',
    ]);
    // Default order: user id. Awaiting members (frank, grace) take no seat; bob and ivan (group and project member) once.
    assert.deepEqual(names(rows), ['demo', 'alice', 'bob', 'carol', 'dave', 'erin', 'xss', 'heidi', 'ivan', 'judy', 'hostile-long', 'hostile-rtl', 'hostile-script']);
    assert.equal(r.headers.get('x-total'), '13');
    const demo = rows[0];
    assert.deepEqual([demo.membership_type, demo.removable, demo.is_last_owner], ['group_member', true, true]);
    assert.match(String(demo.last_activity_on), /^\d{4}-\d{2}-\d{2}$/);
    // email is the public email (bob has one) or null, for a caller who is not an administrator.
    assert.deepEqual([rows.find((x) => x.username === 'bob')?.email, rows.find((x) => x.username === 'alice')?.email], ['bob@example.com', null]);
  });
});

test('billable_members sort=last_activity_on_asc: dormant seats first, never-active last; search; a bad sort is 400', async () => {
  await withEmulator({}, async (emu) => {
    emu.state.addUser({ username: 'newbie' });
    emu.state.addMember('acme/design', 'newbie', 30);
    const owner = client(emu);
    const r = await owner('GET', '/groups/acme/billable_members?sort=last_activity_on_asc&per_page=100');
    assert.deepEqual(names(r.body), [
      'bob', 'ivan', 'dave', 'hostile-long', 'hostile-rtl', 'hostile-script', 'erin', 'xss', 'heidi', 'judy', 'carol', 'alice', 'demo', 'newbie',
    ]);
    const desc = await owner('GET', '/groups/acme/billable_members?sort=last_activity_on_desc&per_page=100');
    assert.deepEqual(names(desc.body).slice(0, 2), ['demo', 'alice']);
    assert.equal(names(desc.body).at(-1), 'newbie', 'nulls last either way');
    assert.deepEqual(names((await owner('GET', '/groups/acme/billable_members?search=iva')).body), ['ivan']);
    assert.deepEqual(at(await owner('GET', '/groups/acme/billable_members?sort=newest')), [400, { error: 'sort does not have a valid value' }]);
  });
});

test('billable_members: top-level groups and their Owners only (400), Community Edition has no such route (404)', async () => {
  await withEmulator({}, async (emu) => {
    const owner = client(emu);
    assert.deepEqual(at(await owner('GET', '/groups/acme%2Fplatform/billable_members')), [400, { message: '400 Bad request' }]);
    assert.deepEqual(at(await client(emu, emu.tokens.alice)('GET', '/groups/acme/billable_members')), [400, { message: '400 Bad request' }]);
    assert.deepEqual(at(await owner('GET', '/groups/nope/billable_members')), [404, { message: '404 Group Not Found' }]);
  });
  await withEmulator({ instance: { edition: 'ce' } }, async (emu) => {
    const ce = client(emu);
    assert.deepEqual(at(await ce('GET', '/groups/acme/billable_members')), [404, { error: '404 Not Found' }]);
    assert.deepEqual(at(await ce('GET', '/groups/acme/pending_members')), [404, { error: '404 Not Found' }], 'nor any other ee/ route');
    assert.equal((await ce('GET', '/groups/acme/members')).status, 200);
  });
});

test('billable_members: Guests take no seat on a GitLab.com Ultimate plan (exclude_guests?), and do on self-managed', async () => {
  const guests = ['xss', 'hostile-long', 'hostile-script'];
  await withEmulator({ instance: { dotcom: true, tier: 'ultimate' } }, async (emu) => {
    const listed = names((await client(emu)('GET', '/groups/acme/billable_members?per_page=100')).body);
    assert.deepEqual(guests.filter((g) => listed.includes(g)), []);
    assert.equal(listed.length, 10);
  });
  await withEmulator({ instance: { dotcom: true, tier: 'premium' } }, async (emu) => {
    const listed = names((await client(emu)('GET', '/groups/acme/billable_members?per_page=100')).body);
    assert.deepEqual(guests.filter((g) => listed.includes(g)), guests);
  });
});

test('billable_members: members of a group a project is shared with are project_invite and not removable', async () => {
  await withEmulator({}, async (emu) => {
    emu.state.addMember('partner-co', 'mallory', 30);
    emu.state.shareProject('acme/website', 'partner-co');
    const rows = (await client(emu)('GET', '/groups/acme/billable_members?per_page=100')).body as Row[];
    // alice, demo and bob are partner-co members too, but acme members first.
    assert.deepEqual(rows.filter((r) => r.membership_type === 'project_invite').map((r) => [r.username, r.removable]), [['mallory', false]]);
  });
});

test('GET …/billable_members/:user_id/memberships: direct memberships in the hierarchy; 404s for unknown and unbilled users', async () => {
  await withEmulator({}, async (emu) => {
    const owner = client(emu);
    const ivan = emu.state.userByUsername('ivan')!;
    const r = await owner('GET', `/groups/acme/billable_members/${ivan.id}/memberships`);
    assert.equal(r.status, 200);
    const rows = r.body as Row[];
    assert.deepEqual(rows.map((m) => m.source_full_name), ['Acme / Platform / Infra', 'Acme / Platform / API']);
    assert.deepEqual(Object.keys(rows[0]).sort(), ['access_level', 'created_at', 'expires_at', 'id', 'source_full_name', 'source_id', 'source_members_url']);
    assert.deepEqual(rows[1].access_level, { string_value: 'Maintainer', integer_value: 40, custom_role: null });
    assert.match(String(rows[0].source_members_url), /\/groups\/acme\/platform\/infra\/-\/group_members$/);
    assert.match(String(rows[1].source_members_url), /\/acme\/platform\/api\/-\/project_members$/);
    const mallory = emu.state.userByUsername('mallory')!;
    assert.deepEqual(at(await owner('GET', `/groups/acme/billable_members/${mallory.id}/memberships`)), [404, { message: '404 User Not Found' }]);
    assert.deepEqual(at(await owner('GET', '/groups/acme/billable_members/99999/memberships')), [404, { message: '404 Not found' }]);
    assert.deepEqual(at(await client(emu, emu.tokens.alice)('GET', `/groups/acme/billable_members/${ivan.id}/memberships`)), [400, { message: '400 Bad request' }]);
  });
});

test('GET …/billable_members/:user_id/indirect (16.11+): memberships through shares; absent before', async () => {
  await withEmulator({}, async (emu) => {
    const partner = emu.state.addMember('partner-co', 'mallory', 30);
    emu.state.shareProject('acme/website', 'partner-co');
    const r = await client(emu)('GET', `/groups/acme/billable_members/${partner.userId}/indirect`);
    assert.equal(r.status, 200);
    assert.deepEqual((r.body as Row[]).map((m) => m.source_full_name), ['Partner Co']);
    const direct = await client(emu)('GET', `/groups/acme/billable_members/${partner.userId}/memberships`);
    assert.deepEqual(direct.body, [], 'no direct membership in acme');
  });
  await withEmulator({ gitlabVersion: '16.10.0' }, async (emu) => {
    assert.deepEqual(at(await client(emu)('GET', '/groups/acme/billable_members/2/indirect')), [404, { error: '404 Not Found' }]);
  });
});

test('DELETE …/billable_members/:user_id: 204 and scheduled; gone from the whole hierarchy once the worker ran', async () => {
  await withEmulator({ memberDeletionDelayMs: 60_000 }, async (emu) => {
    const owner = client(emu);
    const ivan = emu.state.userByUsername('ivan')!;
    assert.equal((await owner('DELETE', `/groups/acme/billable_members/${ivan.id}`)).status, 204);
    assert.ok(names((await owner('GET', '/groups/acme/billable_members?per_page=100')).body).includes('ivan'), 'still there until the worker runs');
    assert.deepEqual(at(await owner('DELETE', `/groups/acme/billable_members/${ivan.id}`)), [400, { message: '400 Bad request - ["User already scheduled for deletion"]' }]);
    assert.deepEqual(emu.runMemberDeletions(), { removed: 2 });
    assert.ok(!names((await owner('GET', '/groups/acme/billable_members?per_page=100')).body).includes('ivan'));
    assert.equal(emu.state.members('acme/platform/api').some((m) => m.username === 'ivan'), false);
    assert.equal(emu.state.members('acme/platform/infra').some((m) => m.username === 'ivan'), false);
  });
});

test('DELETE billable_members: errors of the schedule as 400s; a last Owner stays (the worker stops there)', async () => {
  await withEmulator({ memberDeletionDelayMs: 60_000 }, async (emu) => {
    const owner = client(emu);
    const ivan = emu.state.userByUsername('ivan')!;
    assert.deepEqual(at(await owner('DELETE', `/groups/acme%2Fplatform/billable_members/${ivan.id}`)), [400, { message: '400 Bad request - Must be a root namespace' }]);
    assert.deepEqual(at(await client(emu, emu.tokens.alice)('DELETE', `/groups/acme/billable_members/${ivan.id}`)), [400, { message: '400 Bad request - User not authorized' }]);
    assert.deepEqual(at(await owner('DELETE', '/groups/acme/billable_members/99999')), [400, { message: '400 Bad request - ["User must exist"]' }]);
    const demo = emu.state.userByUsername('demo')!;
    assert.equal((await owner('DELETE', `/groups/acme/billable_members/${demo.id}`)).status, 204);
    emu.runMemberDeletions();
    assert.equal(emu.state.members('acme').find((m) => m.username === 'demo')?.accessLevel, 50, 'the last Owner is kept');
  });
});

test('DELETE billable_members: the emulator carries the removal out by itself after its delay', async () => {
  await withEmulator({ memberDeletionDelayMs: 0 }, async (emu) => {
    const owner = client(emu);
    const judy = emu.state.userByUsername('judy')!;
    assert.equal((await owner('DELETE', `/groups/acme/billable_members/${judy.id}`)).status, 204);
    assert.ok(!names((await owner('GET', '/groups/acme/billable_members?per_page=100')).body).includes('judy'), 'the next request runs the due schedule first');
  });
});
