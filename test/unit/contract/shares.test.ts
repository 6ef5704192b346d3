// Sharing a group or project with a group, over HTTP against the emulator, as GitLab's source has it:
// lib/api/groups.rb and lib/api/projects.rb (POST/DELETE …/share), app/services/groups/group_links/create_service.rb
// and app/services/concerns/group_linkable.rb (404 "Not Found" for every refusal), destroy_service.rb (the API answers
// 204 to a non-Owner and keeps the link: spec/requests/api/groups_spec.rb "when the user is not the owner of the group"),
// app/services/projects/group_links/create_service.rb, app/models/project_group_link.rb (409s),
// lib/api/entities/shared_group_with_group.rb (`shared_with_groups`), app/finders/group_members_finder.rb
// (shared_from_groups: the invited group's direct members, capped) and members_finder.rb (invited_groups).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Emulator } from '../../emulator/server';
import { client, withEmulator } from '../support/rawHttp';

type Row = Record<string, unknown>;
const at = (r: { status: number; body: unknown }) => [r.status, r.body];
const PARTNER = 120;

/** An api token of a demo user (the demo data has tokens for demo and alice only). */
function tokenOf(emu: Emulator, username: string): string {
  const value = `glpat-${username}-test`;
  emu.state.tokens.set(value, {
    id: 900 + emu.state.tokens.size, value, name: `${username} api`, userId: emu.state.userByUsername(username)!.id, scopes: ['api'],
    createdAt: new Date().toISOString(), expiresAt: null, revoked: false, lastUsedAt: null,
  });
  return value;
}

test('a group shared with a group: shown in shared_with_groups, its direct members reach it capped, removed again', async () => {
  await withEmulator({}, async (emu) => {
    const owner = client(emu);
    const shared = await owner('POST', '/groups/acme%2Fdesign/share', { group_id: PARTNER, group_access: 40, expires_at: '2099-01-31' });
    assert.equal(shared.status, 201);
    assert.deepEqual((shared.body as Row).shared_with_groups, [{ group_id: PARTNER, group_name: 'Partner Co', group_full_path: 'partner-co', group_access_level: 40, expires_at: '2099-01-31' }]);
    assert.deepEqual(((await owner('GET', '/groups/acme%2Fdesign')).body as Row).shared_with_groups, (shared.body as Row).shared_with_groups);
    const all = (await owner('GET', '/groups/acme%2Fdesign/members/all?per_page=100')).body as Row[];
    // Bob: Reporter in acme, Maintainer in partner-co: Maintainer here through the share; Alice: Owner there, capped at Maintainer.
    assert.equal(all.find((m) => m.username === 'bob')?.access_level, 40);
    assert.equal(all.find((m) => m.username === 'alice')?.access_level, 40);
    const below = (await owner('GET', '/projects/acme%2Fdesign%2Fbrand/members/all?per_page=100')).body as Row[];
    assert.equal(below.find((m) => m.username === 'bob')?.access_level, 40, 'the share reaches the projects below');
    assert.equal(((await owner('GET', '/groups/acme/members/all?per_page=100')).body as Row[]).find((m) => m.username === 'bob')?.access_level, 20, 'not the ancestors');
    assert.equal((await owner('DELETE', `/groups/acme%2Fdesign/share/${PARTNER}`)).status, 204);
    assert.deepEqual(((await owner('GET', '/groups/acme%2Fdesign')).body as Row).shared_with_groups, []);
    assert.deepEqual(at(await owner('DELETE', `/groups/acme%2Fdesign/share/${PARTNER}`)), [404, { message: '404 Group Link Not Found' }]);
  });
});

test('group share errors: bad parameters 400, unknown group 404, a non-Owner 404 "Not Found", a duplicate 409', async () => {
  await withEmulator({}, async (emu) => {
    const owner = client(emu);
    assert.deepEqual(at(await owner('POST', '/groups/acme/share', { group_access: 30 })), [400, { error: 'group_id is missing' }]);
    assert.deepEqual(at(await owner('POST', '/groups/acme/share', { group_id: PARTNER, group_access: 5 })), [400, { error: 'group_access does not have a valid value' }]);
    assert.deepEqual(at(await owner('POST', '/groups/acme/share', { group_id: PARTNER, group_access: 30, expires_at: 'soon' })), [400, { error: 'expires_at is invalid' }]);
    assert.deepEqual(at(await owner('POST', '/groups/acme/share', { group_id: 9999, group_access: 30 })), [404, { message: '404 Group Not Found' }]);
    // Alice is Maintainer of acme (Owner of partner-co): the service's refusal is a 404 without the "404 " prefix.
    const alice = client(emu, emu.tokens.alice);
    assert.deepEqual(at(await alice('POST', '/groups/acme/share', { group_id: PARTNER, group_access: 30 })), [404, { message: 'Not Found' }]);
    assert.equal((await owner('POST', '/groups/acme%2Fdesign/share', { group_id: PARTNER, group_access: 50 })).status, 201, 'Owner is a valid share role');
    assert.equal((await owner('POST', '/groups/acme/share', { group_id: PARTNER, group_access: 30 })).status, 201);
    assert.deepEqual(at(await owner('POST', '/groups/acme/share', { group_id: PARTNER, group_access: 40 })), [409, { message: 'Shared group The group has already been shared with this group' }]);
    // A non-Owner's DELETE: 204, and the share stays.
    assert.equal((await alice('DELETE', `/groups/acme/share/${PARTNER}`)).status, 204);
    assert.equal((((await owner('GET', '/groups/acme')).body as Row).shared_with_groups as Row[]).length, 1);
  });
});

test('project share: Maintainer needed (403), member of the group (404), own group 409, Owner link only by an Owner', async () => {
  await withEmulator({}, async (emu) => {
    const owner = client(emu);
    const acmeId = emu.state.source('acme').id;
    assert.deepEqual(at(await owner('POST', '/projects/acme%2Fwebsite/share', { group_id: acmeId, group_access: 30 })), [409, { message: 'Project cannot be shared with the group it is in or one of its ancestors.' }]);
    const made = await owner('POST', '/projects/acme%2Fwebsite/share', { group_id: PARTNER, group_access: 30 });
    assert.equal(made.status, 201);
    assert.deepEqual([(made.body as Row).group_id, (made.body as Row).group_access, (made.body as Row).expires_at], [PARTNER, 30, null]);
    assert.deepEqual(at(await owner('POST', '/projects/acme%2Fwebsite/share', { group_id: PARTNER, group_access: 30 })), [409, { message: 'Project already shared with this group' }]);
    const listed = ((await owner('GET', '/projects/acme%2Fwebsite')).body as Row).shared_with_groups as Row[];
    assert.deepEqual(listed.map((g) => [g.group_full_path, g.group_access_level]), [['partner-co', 30]]);
    // Bob: Developer on the project himself; Reporter in acme. Alice (Maintainer of acme) is no member of big-org: 404.
    const alice = client(emu, emu.tokens.alice);
    const bigOrg = emu.state.source('big-org').id;
    assert.deepEqual(at(await alice('POST', '/projects/acme%2Fwebsite/share', { group_id: bigOrg, group_access: 30 })), [404, { message: 'Not Found' }]);
    // Heidi is Maintainer of acme/platform, and no member of partner-co.
    const heidi = client(emu, tokenOf(emu, 'heidi'));
    assert.deepEqual(at(await alice('POST', '/projects/acme%2Fdesign%2Fbrand/share', { group_id: PARTNER, group_access: 50 })), [403, { message: '403 Forbidden' }], 'Owner only from an Owner');
    assert.equal((await owner('POST', '/projects/acme%2Fplatform%2Fapi/share', { group_id: PARTNER, group_access: 50 })).status, 201);
    assert.deepEqual(at(await heidi('DELETE', `/projects/acme%2Fplatform%2Fapi/share/${PARTNER}`)), [403, { message: 'Forbidden' }], 'a Maintainer cannot take back an Owner link');
    assert.equal((await alice('DELETE', `/projects/acme%2Fwebsite/share/${PARTNER}`)).status, 204);
    const bob = client(emu, tokenOf(emu, 'bob'));
    assert.deepEqual(at(await bob('POST', '/projects/acme%2Fwebsite/share', { group_id: PARTNER, group_access: 30 })), [403, { message: '403 Forbidden' }]);
  });
});
