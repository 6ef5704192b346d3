// Every operation of the API layer over real HTTP against the emulator's demo data.
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, test } from 'node:test';
import { clientFor, seen, useEmulator } from './support/emulatorClient';

const emulator = useEmulator();

describe('account and namespaces', () => {
  test('who am I, token info and server version', async () => {
    const { api } = clientFor(emulator());
    const me = await api.currentUser();
    assert.equal(me.username, 'demo');
    const token = await api.tokenInfo();
    assert.deepEqual(token?.scopes, ['api']);
    assert.equal(token?.revoked, false);
    assert.match((await api.serverVersion()) ?? '', /^17\./);
  });

  test('groups, subgroups, projects, personal projects', async () => {
    const { api } = clientFor(emulator());
    const top = (await api.listTopLevelGroups()).items.map((g) => g.fullPath);
    for (const path of ['acme', 'big-org', 'partner-co']) assert.ok(top.includes(path), path);
    assert.ok(!top.includes('acme/platform'));
    const subgroups = (await api.listSubgroups('acme')).items.map((g) => g.fullPath);
    assert.deepEqual(subgroups.sort(), ['acme/design', 'acme/platform']);
    assert.deepEqual((await api.listGroupProjects('acme/platform')).items.map((p) => p.fullPath), ['acme/platform/api']);
    assert.deepEqual((await api.listOwnProjects()).items.map((p) => p.fullPath), ['demo/sandbox']);
  });

  test('a source from id, path or web URL; paths go out URL-encoded', async () => {
    const emu = emulator();
    const { api } = clientFor(emu);
    emu.resetStats();
    const infra = await api.resolveSource('acme/platform/infra');
    assert.deepEqual([infra.kind, infra.id], ['group', 102]);
    assert.ok(seen(emu).some((r) => r.startsWith('GET /api/v4/groups/acme%2Fplatform%2Finfra')));
    const project = await api.resolveSource(`${emu.url}/acme/platform/api/-/project_members`);
    assert.deepEqual([project.kind, project.id], ['project', 201]);
    assert.equal((await api.resolveSource('102')).fullPath, 'acme/platform/infra');
    await assert.rejects(api.resolveSource('acme/nothing-here'), (e: Error & { kind?: string }) => e.kind === 'not-found');
  });

  test('my role: owner, inherited owner, developer', async () => {
    const { api } = clientFor(emulator());
    assert.equal(await api.myAccessLevel({ kind: 'group', id: 'acme' }), 50);
    assert.equal(await api.myAccessLevel({ kind: 'project', id: 'acme/platform/infra/terraform' }), 50);
    assert.equal(await api.myAccessLevel({ kind: 'group', id: 'partner-co' }), 30);
  });
});

describe('members', () => {
  test('direct members, with the hostile name kept as data', async () => {
    const { api } = clientFor(emulator());
    const infra = await api.getGroup('acme/platform/infra');
    const members = (await api.listMembers(infra)).items;
    const byName = new Map(members.map((m) => [m.username, m]));
    assert.equal(byName.get('ivan')?.accessLevel, 30);
    assert.equal(byName.get('xss')?.name, '<img src=x onerror=alert(1)>');
    assert.ok(members.every((m) => m.inheritedFrom === undefined));
  });

  test('with inherited members, each says where its role is held', async () => {
    const { api } = clientFor(emulator());
    const infra = await api.getGroup('acme/platform/infra');
    const members = await api.allMembers(infra, { inherited: true });
    const from = new Map(members.map((m) => [m.username, m.inheritedFrom?.fullPath ?? 'direct']));
    assert.equal(from.get('ivan'), 'direct');
    assert.equal(from.get('demo'), 'acme');
    assert.equal(from.get('alice'), 'acme');
    assert.equal(from.get('dave'), 'acme/platform');
  });

  test('edit role and expiry; the inherited-role rule comes back as a field error', async () => {
    const emu = emulator();
    const { api } = clientFor(emu);
    const carol = await api.editMember({ kind: 'group', id: 'acme' }, 4, { accessLevel: 20, expiresAt: '2099-01-31' });
    assert.deepEqual([carol.accessLevel, carol.expiresAt], [20, '2099-01-31']);
    const cleared = await api.editMember({ kind: 'group', id: 'acme' }, 4, { accessLevel: 20, expiresAt: null });
    assert.equal(cleared.expiresAt, null);
    await assert.rejects(api.editMember({ kind: 'project', id: 'acme/website' }, 3, { accessLevel: 10 }), (e: Error & { status?: number; fieldErrors?: Record<string, string[]> }) => {
      assert.equal(e.status, 400);
      assert.match(e.fieldErrors?.access_level?.[0] ?? '', /greater than or equal to Reporter/);
      return true;
    });
  });

  test('bad input is refused before any request', async () => {
    const emu = emulator();
    const { api } = clientFor(emu);
    emu.resetStats();
    await assert.rejects(api.editMember({ kind: 'group', id: 'acme' }, 4, { accessLevel: 30, expiresAt: '2001-01-01' }), /after today/);
    await assert.rejects(api.editMember({ kind: 'group', id: 'acme' }, 4, { accessLevel: 30, expiresAt: 'soon' }), /not a date/);
    await assert.rejects(api.editInvitation({ kind: 'group', id: 'acme' }, 'not-an-email', { accessLevel: 30 }), /not a valid email/);
    await assert.rejects(api.invite({ kind: 'group', id: 'acme' }, { emails: ['x@example.com'], accessLevel: -1 }), /not a GitLab role/);
    assert.deepEqual(emu.log, []);
  });

  test('remove sends skip_subresources and unassign_issuables as GitLab spells them', async () => {
    const emu = emulator();
    const { api } = clientFor(emu);
    await api.removeMember({ kind: 'group', id: 'acme/platform/infra' }, 12, { skipSubresources: true, unassignIssuables: true });
    const params = emu.state.lastRequestParams('DELETE', '/api/v4/groups/acme%2Fplatform%2Finfra/members/12');
    assert.equal(String(params?.skip_subresources), 'true');
    assert.equal(String(params?.unassign_issuables), 'true');
    assert.ok(!emu.state.members('acme/platform/infra').some((m) => m.username === 'judy'));
  });

  test('awaiting approval: list, approve one, approve all (POST, as GitLab documents)', async () => {
    const emu = emulator();
    const { api } = clientFor(emu);
    const pending = (await api.listPendingMembers('acme')).items;
    assert.ok(pending.some((p) => p.username === 'frank'));
    assert.ok(pending.some((p) => p.username === 'grace'));
    const frank = pending.find((p) => p.username === 'frank');
    assert.equal(frank?.approved, false);
    await api.approveMember('acme', frank?.id ?? 0);
    assert.equal(emu.state.members('acme').find((m) => m.username === 'frank')?.state, 'active');
    emu.resetStats();
    await api.approveAllMembers('acme');
    assert.deepEqual(seen(emu, 'POST'), ['POST /api/v4/groups/acme/members/approve_all']);
    assert.equal(emu.state.members('acme').find((m) => m.username === 'grace')?.state, 'active');
  });

  test('membership state: set a member awaiting, then active again (PUT …/state, which gitbeaker lacks)', async () => {
    const emu = emulator();
    const { api } = clientFor(emu);
    emu.resetStats();
    await api.setMembershipState('acme', 3, 'awaiting');
    assert.equal(emu.state.members('acme').find((m) => m.username === 'bob')?.state, 'awaiting');
    await api.setMembershipState('acme', 3, 'active');
    assert.equal(emu.state.members('acme').find((m) => m.username === 'bob')?.state, 'active');
    assert.deepEqual(seen(emu, 'PUT'), ['PUT /api/v4/groups/acme/members/3/state?state=awaiting', 'PUT /api/v4/groups/acme/members/3/state?state=active']);
    await assert.rejects(api.setMembershipState('acme/platform', 5, 'active'), (e: Error & { status?: number }) => e.status === 400);
  });

  test('user search for autocomplete', async () => {
    const { api } = clientFor(emulator());
    assert.deepEqual((await api.searchUsers('mallo')).items.map((u) => u.username), ['mallory']);
  });
});

describe('invitations', () => {
  test('list, edit and revoke an invitation whose email needs encoding', async () => {
    const emu = emulator();
    const { api } = clientFor(emu);
    const acme = { kind: 'group' as const, id: 'acme' };
    assert.ok((await api.listInvitations(acme)).items.some((i) => i.email === 'dev+test@example.com'));
    emu.resetStats();
    await api.editInvitation(acme, 'dev+test@example.com', { accessLevel: 20, expiresAt: '2099-12-31' });
    assert.deepEqual(seen(emu), ['PUT /api/v4/groups/acme/invitations/dev%2Btest%40example.com']);
    const edited = emu.state.invitations('acme').find((i) => i.email === 'dev+test@example.com');
    assert.deepEqual([edited?.accessLevel, edited?.expiresAt], [20, '2099-12-31']);
    await api.deleteInvitation(acme, 'dev+test@example.com');
    assert.ok(!emu.state.invitations('acme').some((i) => i.email === 'dev+test@example.com'));
    await assert.rejects(api.deleteInvitation(acme, 'dev+test@example.com'), (e: Error & { kind?: string }) => e.kind === 'not-found');
  });

  test('partial success: one already invited (left out), one invited, one user by id', async () => {
    const emu = emulator();
    const { api } = clientFor(emu);
    const outcomes = await api.invite({ kind: 'group', id: 'acme' }, {
      emails: ['contractor@example.org', 'newcomer@example.com', 'newcomer@example.com', 'bad address'],
      users: [{ id: 13, username: 'mallory' }],
      accessLevel: 30, expiresAt: '2099-06-30',
    });
    const by = new Map(outcomes.map((o) => [o.recipient, o]));
    assert.equal(outcomes.length, 4, 'the duplicate email is sent once');
    assert.equal(by.get('bad address')?.status, 'failed');
    assert.equal(by.get('contractor@example.org')?.status, 'left', 'a pending invitation was sent unasked');
    assert.deepEqual(by.get('contractor@example.org')?.before, { as: 'invitation', accessLevel: 20, expiresAt: emu.state.invitations('acme').find((i) => i.email === 'contractor@example.org')?.expiresAt });
    assert.equal(by.get('newcomer@example.com')?.status, 'invited');
    assert.equal(by.get('mallory')?.status, 'invited');
    assert.ok(emu.state.members('acme').some((m) => m.username === 'mallory'));
  });

  test('250 emails go out in three requests of at most 100', async () => {
    const emu = emulator();
    const { api } = clientFor(emu);
    const emails = Array.from({ length: 250 }, (_, i) => `bulk${i}@example.net`);
    emu.resetStats();
    const outcomes = await api.invite({ kind: 'group', id: 'acme/platform' }, { emails, accessLevel: 20 });
    assert.equal(seen(emu, 'POST').length, 3);
    assert.equal(outcomes.filter((o) => o.status === 'invited').length, 250);
  });

  test('Minimal Access only on top-level groups; GitLab says so per recipient', async () => {
    const { api } = clientFor(emulator());
    const [o] = await api.invite({ kind: 'group', id: 'acme/platform' }, { emails: ['minimal@example.com'], accessLevel: 5 });
    assert.equal(o.status, 'failed');
    assert.match(o.message ?? '', /not included in the list/);
  });
});

describe('tokens and roles that cannot write', () => {
  test('revoked and expired tokens are explained', async () => {
    const emu = emulator();
    for (const [token, word] of [[emu.tokens.revoked, /revoked/], [emu.tokens.expired, /expired/]] as const) {
      await assert.rejects(clientFor(emu, token).api.currentUser(), (e: Error & { kind?: string; gitlabMessage?: string }) => {
        assert.equal(e.kind, 'unauthorized');
        assert.match(e.gitlabMessage ?? '', word);
        return true;
      });
    }
  });

  test('a read_api token reads but every write is refused with a read-only explanation', async () => {
    const emu = emulator();
    const { api } = clientFor(emu, emu.tokens.readOnly);
    assert.deepEqual((await api.tokenInfo())?.scopes, ['read_api']);
    assert.ok((await api.listMembers(await api.getGroup('acme'))).items.length > 0);
    await assert.rejects(api.editMember({ kind: 'group', id: 'acme' }, 4, { accessLevel: 30 }), /read-only/);
    const [o] = await api.invite({ kind: 'group', id: 'acme' }, { emails: ['ro@example.com'], accessLevel: 30 });
    assert.equal(o.status, 'failed');
    assert.match(o.message ?? '', /read-only/);
  });

  test('a Developer gets GitLab 403 explained', async () => {
    const { api } = clientFor(emulator());
    await assert.rejects(api.removeMember({ kind: 'group', id: 'partner-co' }, 3), /role does not allow this here \(403\)/);
  });

  test('an unreachable server is named', async () => {
    const server = createServer();
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const port = (server.address() as AddressInfo).port;
    await new Promise((r) => server.close(r));
    const { api } = clientFor(emulator(), 'x', { instanceUrl: `http://127.0.0.1:${port}` });
    await assert.rejects(api.currentUser(), (e: Error & { kind?: string }) => e.kind === 'network' && /refused the connection/.test(e.message));
  });
});
