// The Invitations API as GitLab's source has it, over HTTP against the emulator. Each test names the GitLab file
// or spec example it stands for (gitlabhq/gitlabhq: lib/api/invitations.rb, lib/api/entities/invitation.rb,
// lib/api/helpers/members_helpers.rb, app/services/members/{invite,creator}_service.rb, invite_member_builder.rb,
// spec/requests/api/invitations_spec.rb, spec/services/members/invite_service_spec.rb). The important behaviours
// run on current GitLab and on an older server where GitLab differed.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { client, withEmulator } from '../support/rawHttp';

const CURRENT = '17.9.0';
const member = (emu: { state: { members(p: string): Array<{ username: string; accessLevel: number; expiresAt: string | null }> } }, path: string, who: string) =>
  emu.state.members(path).find((m) => m.username === who);

describe('inviting someone who already has access', () => {
  // invitations_spec "updates an already existing active member"; invite_service_spec "with user_id that already
  // exists with a higher access_level" (down) and "... lower access_level" (up). creator_service.rb sets
  // expires_at from the request, so an invitation without one clears it.
  for (const [version, updates] of [[CURRENT, true], ['14.10.0', true], ['14.8.0', false]] as const) {
    test(`an existing member by email and by user id: ${updates ? 'role set up or down, expiry cleared' : '"User already exists in source", unchanged'} (${version})`, async () => {
      await withEmulator({ gitlabVersion: version }, async (emu) => {
        const api = client(emu);
        emu.state.addMember('acme/platform', 'judy', 30, { expiresAt: '2099-01-01' });
        const down = await api('POST', '/groups/acme%2Fplatform/invitations', { email: 'heidi@example.com', access_level: 10 });
        const byId = version === '14.8.0' ? undefined : await api('POST', '/groups/acme%2Fplatform/invitations', { user_id: '12', access_level: 40 });
        assert.equal(down.status, 201);
        if (updates) {
          assert.deepEqual(down.body, { status: 'success' });
          assert.deepEqual(byId?.body, { status: 'success' });
          assert.equal(member(emu, 'acme/platform', 'heidi')?.accessLevel, 10, 'a Maintainer was not demoted');
          assert.deepEqual([member(emu, 'acme/platform', 'judy')?.accessLevel, member(emu, 'acme/platform', 'judy')?.expiresAt], [40, null]);
        } else {
          assert.deepEqual(down.body, { message: { 'heidi@example.com': 'User already exists in source' }, status: 'error' });
          assert.equal(member(emu, 'acme/platform', 'heidi')?.accessLevel, 40);
        }
      });
    });
  }

  // create_service_spec "allows already invited members to be re-invited by email and updates the member access"
  // (about 15.8 on; before, "Invite email has already been taken"); invite_member_builder.rb looks the stored,
  // lower-cased email up exactly, so another case of it is "already taken" (invite_service_spec "with case
  // insensitive emails").
  for (const [version, updates] of [[CURRENT, true], ['15.7.0', false], ['14.10.0', false]] as const) {
    test(`a pending invitation: ${updates ? 'updated; another case of it is taken' : '"Invite email has already been taken"'} (${version})`, async () => {
      await withEmulator({ gitlabVersion: version }, async (emu) => {
        const api = client(emu);
        const res = await api('POST', '/groups/acme/invitations', { email: 'dev+test@example.com,Contractor@example.org', access_level: 20, expires_at: '2099-02-02' });
        const invitation = (email: string) => emu.state.invitations('acme').find((i) => i.email === email);
        if (updates) {
          assert.deepEqual(res.body, { message: { 'Contractor@example.org': 'The member\'s email address has already been taken' }, status: 'error' });
          assert.deepEqual([invitation('dev+test@example.com')?.accessLevel, invitation('dev+test@example.com')?.expiresAt], [20, '2099-02-02']);
        } else {
          assert.deepEqual(res.body, { message: { 'dev+test@example.com': 'Invite email has already been taken', 'Contractor@example.org': 'Invite email has already been taken' }, status: 'error' });
          assert.equal(invitation('dev+test@example.com')?.accessLevel, 30);
        }
        assert.equal(emu.state.invitations('acme').filter((i) => i.email.toLowerCase() === 'contractor@example.org').length, 1);
      });
    });
  }

  test('the last Owner of a group: "not authorized to update member", with http_status (GroupMemberPolicy)', async () => {
    await withEmulator({}, async (emu) => {
      const res = await client(emu)('POST', '/groups/big-org/invitations', { email: 'demo@example.com', access_level: 30 });
      assert.deepEqual(res.body, { message: { 'demo@example.com': 'not authorized to update member' }, status: 'error', http_status: 'unauthorized' });
      assert.equal(member(emu, 'big-org', 'demo')?.accessLevel, 50);
    });
  });

  test('a higher inherited role: refused with the group\'s name (member.rb higher_access_level_than_group)', async () => {
    await withEmulator({}, async (emu) => {
      const res = await client(emu)('POST', '/groups/acme%2Fplatform/invitations', { user_id: '2', access_level: 30 });
      assert.deepEqual(res.body, { message: { alice: 'Access level should be greater than or equal to Maintainer inherited membership from group Acme' }, status: 'error' });
      assert.equal(member(emu, 'acme/platform', 'alice'), undefined);
    });
  });
});

describe('POST .../invitations: inputs and permissions (lib/api/invitations.rb)', () => {
  test('an unknown user id is dropped silently (creator_service.rb: User.id_in); one person as id and email is one invitee', async () => {
    await withEmulator({}, async (emu) => {
      const api = client(emu);
      assert.deepEqual((await api('POST', '/groups/acme%2Fdesign/invitations', { user_id: '99999', access_level: 20 })).body, { status: 'success' });
      assert.deepEqual((await api('POST', '/groups/acme%2Fdesign/invitations', { user_id: '11', email: 'ivan@example.com', access_level: 20 })).body, { status: 'success' });
      assert.equal(emu.state.members('acme/design').filter((m) => m.username === 'ivan').length, 1);
    });
  });

  test('limits and bad input: 101 invitees is a 201 error string; an invalid email or neither field is a 400 for all', async () => {
    await withEmulator({}, async (emu) => {
      const api = client(emu);
      const many = Array.from({ length: 101 }, (_, i) => `n${i}@example.org`).join(',');
      // invitations_spec: "with too many emails"
      assert.deepEqual(await api('POST', '/groups/acme/invitations', { email: many, access_level: 20 }).then((r) => [r.status, r.body]),
        [201, { status: 'error', message: 'Too many users specified (limit is 100)' }]);
      // invitations_spec: "returns 400 when the email list is not a valid format"
      assert.deepEqual(await api('POST', '/groups/acme/invitations', { email: 'ok@example.org,not-an-email', access_level: 20 }).then((r) => [r.status, r.body]),
        [400, { error: 'email contains an invalid email address' }]);
      // invitations_spec: "returns 400 when the invite params of email and user_id are not sent"
      assert.deepEqual(await api('POST', '/groups/acme/invitations', { access_level: 20 }).then((r) => [r.status, r.body]),
        [400, { message: '400 Bad request - Must provide either email or user_id as a parameter' }]);
      assert.equal(emu.state.invitations('acme').some((i) => i.email === 'ok@example.org'), false, 'part of a refused request was kept');
    });
  });

  test('who may invite and list: a group needs Owner, a project Maintainer; a project Maintainer cannot give Owner (403 for all)', async () => {
    await withEmulator({}, async (emu) => {
      const api = client(emu);
      // shared example "a 403 response when user does not have rights to manage members of a specific access level"
      assert.equal((await api('POST', '/groups/partner-co/invitations', { email: 'x@example.org', access_level: 10 })).status, 403);
      assert.equal((await api('GET', '/groups/partner-co/invitations')).status, 403);
      // create_service.rb: Owner on a project without manage_owners raises AccessDeniedError ("when an invitee is added as OWNER")
      const alice = client(emu, emu.tokens.alice);
      emu.state.addMember('acme/website', 'alice', 40);
      const owner = await alice('POST', '/projects/acme%2Fwebsite/invitations', { email: 'o@example.org,p@example.org', access_level: 50 });
      assert.deepEqual([owner.status, owner.body], [403, { message: '403 Forbidden' }]);
    });
  });
});

describe('the Invitation entity and reading invitations', () => {
  test('fields as lib/api/entities/invitation.rb exposes them: no id, no user_name for a pending invitation', async () => {
    await withEmulator({}, async (emu) => {
      const [first] = (await client(emu)('GET', '/groups/acme/invitations?per_page=1')).body as Array<Record<string, unknown>>;
      assert.deepEqual(Object.keys(first).sort(), ['access_level', 'created_at', 'created_by_name', 'expires_at', 'invite_email', 'invite_token']);
      assert.equal(first.invite_email, 'dev+test@example.com');
      assert.equal(first.created_by_name, 'Demo Owner');
    });
  });

  test('query is an exact, case-sensitive email (members_helpers.rb retrieve_member_invitations)', async () => {
    await withEmulator({}, async (emu) => {
      const emails = async (q: string) => ((await client(emu)('GET', `/groups/acme/invitations?query=${encodeURIComponent(q)}`)).body as Array<{ invite_email: string }>).map((i) => i.invite_email);
      assert.deepEqual(await emails('dev+test@example.com'), ['dev+test@example.com']);
      assert.deepEqual(await emails('DEV+test@example.com'), []);
      assert.deepEqual(await emails('dev'), []);
    });
  });

  test('PUT and DELETE by email: 404 when missing, 400 with nothing to change or a past date, 422 when not destroyed', async () => {
    await withEmulator({}, async (emu) => {
      const api = client(emu);
      const missing = encodeURIComponent('nobody@example.org');
      const at = (r: { status: number; body: unknown }) => [r.status, r.body];
      // invitations_spec: "returns 404 if member does not exist" (PUT titled "returns 409 …" asserts :not_found)
      assert.deepEqual(at(await api('PUT', `/groups/acme/invitations/${missing}`, { access_level: 20 })), [404, { message: '404 Not Found' }]);
      assert.deepEqual(at(await api('DELETE', `/groups/acme/invitations/${missing}`)), [404, { message: '404 Not Found' }]);
      const dev = encodeURIComponent('dev+test@example.com');
      // "returns 400 when access_level is not given and there are no other params"
      assert.deepEqual(at(await api('PUT', `/groups/acme/invitations/${dev}`, {})), [400, { message: '400 Bad request' }]);
      assert.deepEqual(at(await api('PUT', `/groups/acme/invitations/${dev}`, { expires_at: '2000-01-01' })), [400, { message: { expires_at: ['cannot be a date in the past'] } }]);
      const updated = await api('PUT', `/groups/acme/invitations/${dev}`, { access_level: 40, expires_at: '2099-03-03' });
      assert.deepEqual([updated.status, (updated.body as { access_level: number }).access_level, (updated.body as { expires_at: string }).expires_at], [200, 40, '2099-03-03']);
      // "returns 422 for a valid request if the resource was not destroyed" (the docs say 409)
      emu.state.addInvitation('acme', 'stuck@example.org', 20).undeletable = true;
      assert.deepEqual(at(await api('DELETE', `/groups/acme/invitations/${encodeURIComponent('stuck@example.org')}`)), [422, { message: '422 Unprocessable Entity' }]);
      assert.equal((await api('DELETE', `/groups/acme/invitations/${dev}`)).status, 204);
    });
  });
});
