// LDAP Group Sync and the override, as GitLab's EE source has them, over HTTP against the emulator:
// ee/lib/ee/api/members.rb (POST/DELETE …/members/:user_id/override), ee/lib/ee/api/entities/member.rb (`override`
// only for LDAP members), ee/app/policies/ee/group_policy.rb and group_member_policy.rb (a synced group takes
// adding and inviting from Owners; an LDAP member's role is edited only once overridden), and
// ee/spec/requests/api/members_spec.rb "group with LDAP group link".
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { client, withEmulator } from '../support/rawHttp';

const at = (r: { status: number; body: unknown }) => [r.status, r.body];
const MAINTAINER = 40;

test('an LDAP member shows override; editing waits for the override; reverting leaves the role to the next sync', async () => {
  await withEmulator({}, async (emu) => {
    emu.state.syncWithLdap('acme/design', ['erin']);
    const owner = client(emu);
    const erin = emu.state.userByUsername('erin')!;
    const rows = (await owner('GET', '/groups/acme%2Fdesign/members')).body as Array<Record<string, unknown>>;
    assert.equal(rows.find((m) => m.username === 'erin')?.override, false);
    assert.equal('override' in rows.find((m) => m.username === 'hostile-rtl')!, false, 'not from LDAP: no override field');
    assert.deepEqual(at(await owner('PUT', `/groups/acme%2Fdesign/members/${erin.id}`, { access_level: MAINTAINER })), [403, { message: '403 Forbidden' }]);
    const set = await owner('POST', `/groups/acme%2Fdesign/members/${erin.id}/override`);
    assert.deepEqual([set.status, (set.body as Record<string, unknown>).override, (set.body as Record<string, unknown>).access_level], [201, true, 30]);
    assert.equal((await owner('PUT', `/groups/acme%2Fdesign/members/${erin.id}`, { access_level: MAINTAINER })).status, 200);
    const revert = await owner('DELETE', `/groups/acme%2Fdesign/members/${erin.id}/override`);
    assert.deepEqual([revert.status, (revert.body as Record<string, unknown>).override, (revert.body as Record<string, unknown>).access_level], [200, false, MAINTAINER]);
  });
});

test('override: 403 for a member not from LDAP and for a non-Owner; a non-member gets a null body', async () => {
  await withEmulator({}, async (emu) => {
    emu.state.syncWithLdap('acme/design', ['erin']);
    const owner = client(emu);
    const rtl = emu.state.userByUsername('hostile-rtl')!;
    assert.deepEqual(at(await owner('POST', `/groups/acme%2Fdesign/members/${rtl.id}/override`)), [403, { message: '403 Forbidden' }]);
    const erin = emu.state.userByUsername('erin')!;
    assert.deepEqual(at(await client(emu, emu.tokens.alice)('POST', `/groups/acme%2Fdesign/members/${erin.id}/override`)), [403, { message: '403 Forbidden' }]);
    const mallory = emu.state.userByUsername('mallory')!;
    assert.deepEqual(at(await owner('POST', `/groups/acme%2Fdesign/members/${mallory.id}/override`)), [201, null]);
    assert.deepEqual(at(await owner('POST', `/groups/acme/members/${erin.id}/override`)), [403, { message: '403 Forbidden' }], 'acme is not synced');
  });
});

test('a synced group: Owners may not add, invite or remove members (administrators may add)', async () => {
  await withEmulator({}, async (emu) => {
    emu.state.syncWithLdap('acme/design', ['erin']);
    const owner = client(emu);
    const trent = emu.state.userByUsername('trent')!;
    assert.deepEqual(at(await owner('POST', '/groups/acme%2Fdesign/members', { user_id: trent.id, access_level: 30 })), [403, { message: '403 Forbidden' }]);
    assert.deepEqual(at(await owner('POST', '/groups/acme%2Fdesign/invitations', { email: 'new@example.org', access_level: 30 })), [403, { message: '403 Forbidden' }]);
    const erin = emu.state.userByUsername('erin')!;
    assert.deepEqual(at(await owner('DELETE', `/groups/acme%2Fdesign/members/${erin.id}`)), [403, { message: '403 Forbidden' }]);
    const rtl = emu.state.userByUsername('hostile-rtl')!;
    assert.deepEqual(at(await owner('DELETE', `/groups/acme%2Fdesign/members/${rtl.id}`)), [403, { message: '403 Forbidden' }], 'nor anyone else: admin_group_member is gone');
    emu.state.userByUsername('alice')!.isAdmin = true;
    assert.equal((await client(emu, emu.tokens.alice)('POST', '/groups/acme%2Fdesign/members', { user_id: trent.id, access_level: 30 })).status, 201);
  });
});

test('no LDAP Group Sync on GitLab.com, on Free or in Community Edition: nothing is synced', async () => {
  for (const instance of [{ dotcom: true }, { tier: 'free' as const }]) {
    await withEmulator({ instance }, async (emu) => {
      emu.state.syncWithLdap('acme/design', ['erin']);
      const erin = emu.state.userByUsername('erin')!;
      assert.equal((await client(emu)('POST', `/groups/acme%2Fdesign/members/${erin.id}/override`)).status, 403);
      assert.equal((await client(emu)('PUT', `/groups/acme%2Fdesign/members/${erin.id}`, { access_level: 40 })).status, 200);
    });
  }
  await withEmulator({ instance: { edition: 'ce' } }, async (emu) => {
    assert.deepEqual(at(await client(emu)('POST', '/groups/acme%2Fdesign/members/6/override')), [404, { error: '404 Not Found' }]);
  });
});
