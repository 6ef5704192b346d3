// Tests for the local GitLab REST API emulator (test/emulator/). Plain fetch against an in-process server.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { after, before, describe, it } from 'node:test';
import { startEmulator, type Emulator } from '../emulator/server';
import { client, withEmulator, type Res } from './support/rawHttp';

describe('emulator: reading, paging, errors', () => {
  let emu: Emulator;
  let api: ReturnType<typeof client>;
  before(async () => { emu = await startEmulator(); api = client(emu); });
  after(() => emu.close());

  it('matches an email only when public (members query, user search), any email only in an admin\'s user search', async () => {
    const usernames = (r: Res) => (r.body as Array<{ username: string }>).map((u) => u.username);
    assert.deepEqual(usernames(await api('GET', '/groups/acme/members?query=bob%40example.com')), ['bob']);
    assert.deepEqual(usernames(await api('GET', '/groups/acme/members?query=carol%40example.com')), []);
    assert.deepEqual(usernames(await api('GET', '/users?search=carol%40example.com')), []);
    assert.deepEqual(usernames(await api('GET', '/users?search=heidi%40example.com')), ['heidi']);
    const demo = emu.state.userByUsername('demo')!;
    demo.isAdmin = true;
    try {
      assert.deepEqual(usernames(await api('GET', '/users?search=carol%40example.com')), ['carol']);
      assert.deepEqual(usernames(await api('GET', '/groups/acme/members?query=carol%40example.com')), [], 'members never match a private email');
    } finally {
      demo.isAdmin = false;
    }
    assert.equal(((await api('GET', '/user')).body as { public_email: unknown }).public_email, null);
  });

  it('pages acme members with GitLab headers', async () => {
    const r = await api('GET', '/groups/acme/members?per_page=2');
    assert.equal(r.status, 200);
    assert.equal((r.body as unknown[]).length, 2);
    assert.equal(r.headers.get('x-total'), '6');
    assert.equal(r.headers.get('x-total-pages'), '3');
    assert.equal(r.headers.get('x-page'), '1');
    assert.equal(r.headers.get('x-per-page'), '2');
    assert.equal(r.headers.get('x-next-page'), '2');
    assert.equal(r.headers.get('x-prev-page'), '');
    const link = r.headers.get('link') ?? '';
    assert.match(link, /<http:\/\/127\.0\.0\.1:\d+\/api\/v4\/groups\/acme\/members\?per_page=2&page=2>; rel="next"/);
    assert.match(link, /rel="first"/);
    assert.match(link, /page=3>; rel="last"/);
    assert.doesNotMatch(link, /rel="prev"/);
    const last = await api('GET', '/groups/acme/members?per_page=2&page=3');
    assert.equal(last.headers.get('x-next-page'), '');
    assert.equal(last.headers.get('x-prev-page'), '2');
    const past = await api('GET', '/groups/acme/members?per_page=2&page=9');
    assert.deepEqual(past.body, []);
    assert.equal(past.headers.get('x-total'), '6');
  });

  it('omits totals above 10,000 results (big-org) but keeps next-page paging', async () => {
    const first = await api('GET', '/groups/big-org/members?per_page=100');
    assert.equal((first.body as unknown[]).length, 100);
    assert.equal(first.headers.get('x-total'), null);
    assert.equal(first.headers.get('x-total-pages'), null);
    assert.equal(first.headers.get('x-next-page'), '2');
    assert.doesNotMatch(first.headers.get('link') ?? '', /rel="last"/);
    assert.match(first.headers.get('link') ?? '', /rel="next"/);
    const last = await api('GET', '/groups/big-org/members?per_page=100&page=125');
    assert.equal((last.body as unknown[]).length, 100);
    assert.equal(last.headers.get('x-next-page'), '');
    assert.equal(last.headers.get('x-prev-page'), '124');
    assert.equal(emu.state.members('big-org').length, 12_500);
  });

  it('caps per_page at 100', async () => {
    const r = await api('GET', '/groups/big-org/members?per_page=500');
    assert.equal((r.body as unknown[]).length, 100);
    assert.equal(r.headers.get('x-per-page'), '100');
  });

  it('uses the three error shapes and token errors', async () => {
    assert.deepEqual((await api('GET', '/groups/nope/members')).body, { message: '404 Group Not Found' });
    assert.deepEqual((await api('GET', '/projects/999/members')).body, { message: '404 Project Not Found' });
    assert.deepEqual((await api('GET', '/nothing/here')).body, { error: '404 Not Found' });
    const field = await api('PUT', '/groups/acme/members/3', { access_level: 99 });
    assert.equal(field.status, 400);
    assert.deepEqual(field.body, { message: { access_level: ['is not included in the list'] } });
    const missing = await api('GET', '/user', undefined, null);
    assert.equal(missing.status, 401);
    assert.deepEqual(missing.body, { message: '401 Unauthorized' });
    const revoked = await api('GET', '/user', undefined, emu.tokens.revoked);
    assert.deepEqual(revoked.body, { error: 'invalid_token', error_description: 'Token was revoked. You have to re-authorize from the user.' });
    const expired = await api('GET', '/user', undefined, emu.tokens.expired);
    assert.equal(expired.status, 401);
    assert.deepEqual(expired.body, { error: 'invalid_token', error_description: 'Token has expired.' });
    const bearer = await fetch(`${emu.url}/api/v4/user`, { headers: { authorization: `Bearer ${emu.tokens.api}` } });
    assert.equal(((await bearer.json()) as { username: string }).username, 'demo');
  });

  it('resolves URL-encoded path ids and 404s un-encoded slashes', async () => {
    const r = await api('GET', '/groups/acme%2Fplatform%2Finfra/members');
    assert.deepEqual((r.body as Array<{ username: string }>).map((m) => m.username), ['ivan', 'xss', 'judy']);
    const all = await api('GET', '/groups/acme%2Fplatform%2Finfra/members/all');
    const alice = (all.body as Array<{ username: string; access_level: number }>).find((m) => m.username === 'alice');
    assert.equal(alice?.access_level, 40);
    assert.deepEqual((await api('GET', '/groups/acme/platform/infra/members')).body, { error: '404 Not Found' });
    assert.equal((await api('GET', '/groups/102')).status, 200);
  });

  it('refuses writes with a read_api token', async () => {
    const r = await api('POST', '/groups/acme/invitations', { email: 'x@example.com', access_level: 30 }, emu.tokens.readOnly);
    assert.equal(r.status, 403);
    assert.deepEqual(r.body, {
      error: 'insufficient_scope', error_description: 'The request requires higher privileges than provided by the access token.', scope: 'api',
    });
    assert.equal((await api('GET', '/groups/acme/members', undefined, emu.tokens.readOnly)).status, 200);
  });
});

describe('emulator: changing members and invitations', () => {
  let emu: Emulator;
  let api: ReturnType<typeof client>;
  before(async () => { emu = await startEmulator(); api = client(emu); });
  after(() => emu.close());

  it('updates and deletes invitations by encoded email', async () => {
    const put = await api('PUT', '/groups/acme/invitations/dev%2Btest%40example.com', { access_level: 40 });
    assert.equal(put.status, 200);
    assert.equal((put.body as { access_level: number }).access_level, 40);
    assert.equal(emu.state.invitations('acme').find((i) => i.email === 'dev+test@example.com')?.accessLevel, 40);
    const past = await api('PUT', '/groups/acme/invitations/dev%2Btest%40example.com', { expires_at: '2001-01-01' });
    assert.deepEqual(past.body, { message: { expires_at: ['cannot be a date in the past'] } });
    assert.equal((await api('DELETE', '/groups/acme%2Fplatform%2Finfra/invitations/ops-lead%40example.com')).status, 204);
    assert.equal((await api('DELETE', '/groups/acme%2Fplatform%2Finfra/invitations/ops-lead%40example.com')).status, 404);
  });

  // invitations_spec "has partial success": the others are still handled; an existing member (bob) is updated
  // (14.9+), another case of a pending invitation's email is "already taken" (invite_service_spec "with case
  // insensitive emails"). contract/invitations.test.ts has the version-by-version cases.
  it('answers partial success for mixed invitations', async () => {
    const r = await api('POST', '/groups/acme/invitations', { email: 'fresh@example.com,DEV+test@example.com,bob@example.com', access_level: 20 });
    assert.equal(r.status, 201);
    assert.deepEqual(r.body, { status: 'error', message: { 'DEV+test@example.com': 'The member\'s email address has already been taken' } });
    assert.ok(emu.state.invitations('acme').some((i) => i.email === 'fresh@example.com'));
    assert.equal(emu.state.invitePostCount('dev+test@example.com'), 1);
    assert.equal(emu.state.members('acme').find((m) => m.username === 'bob')?.accessLevel, 20);
    assert.equal(emu.state.successfulInvites('fresh@example.com'), 1);
    const byEmail = await api('POST', '/groups/acme/invitations', { email: 'mallory@example.com', access_level: 20 });
    assert.deepEqual(byEmail.body, { status: 'success' });
    assert.equal(emu.state.members('acme').find((m) => m.username === 'mallory')?.accessLevel, 20);
  });

  it('refuses more than 100 recipients with a string message', async () => {
    const emails = Array.from({ length: 101 }, (_, i) => `bulk${i}@example.com`).join(',');
    const r = await api('POST', '/groups/acme/invitations', { email: emails, access_level: 30 });
    assert.equal(r.status, 201);
    assert.deepEqual(r.body, { status: 'error', message: 'Too many users specified (limit is 100)' });
    assert.ok(!emu.state.invitations('acme').some((i) => i.email.startsWith('bulk')));
  });

  // create_service.rb: Owner on a project without manage_owners raises AccessDeniedError (members_spec and
  // invitations_spec "when an invitee is added as OWNER"); admin_group_member is Owner-only for groups.
  it('does not let a Maintainer grant Owner', async () => {
    const alice = client(emu, emu.tokens.alice);
    assert.equal((await alice('POST', '/projects/acme%2Fwebsite/members', { user_id: 14, access_level: 50 })).status, 403);
    assert.equal((await alice('POST', '/projects/acme%2Fwebsite/invitations', { email: 'boss@example.com', access_level: 50 })).status, 403);
    const ok = await alice('POST', '/projects/acme%2Fwebsite/members', { user_id: 14, access_level: 40 });
    assert.equal(ok.status, 201);
    assert.deepEqual((await alice('POST', '/groups/acme/members', { user_id: 14, access_level: 30 })).body, { message: '403 Forbidden' });
  });

  // Gitlab::Access (Minimal Access on top-level groups only, EE); member.rb higher_access_level_than_group
  // (members_spec "does not create the member if group level is higher").
  it('refuses Minimal Access on subgroups and roles below the inherited one', async () => {
    const minimal = await api('POST', '/groups/acme%2Fplatform/members', { user_id: 14, access_level: 5 });
    assert.deepEqual(minimal.body, { message: { access_level: ['is not included in the list'] } });
    const invite = await api('POST', '/groups/acme%2Fplatform/invitations', { email: 'min@example.com', access_level: 5 });
    assert.deepEqual(invite.body, { status: 'error', message: { 'min@example.com': 'Access level is not included in the list' } });
    const lower = await api('POST', '/groups/acme%2Fplatform/members', { user_id: 4, access_level: 20 });
    assert.equal(lower.status, 400);
    assert.deepEqual(lower.body, { message: { access_level: ['should be greater than or equal to Developer inherited membership from group Acme'] } });
    assert.equal((await api('POST', '/groups/acme/members', { user_id: 4, access_level: 30 })).status, 409);
  });

  // members.rb DELETE: skip_subresources defaults to false (members_spec "deletes member and its sub memberships
  // with skip_subresources=false"); GroupMemberPolicy prevents destroying the last Owner (403).
  it('receives DELETE params from a JSON body and removes sub-memberships', async () => {
    emu.state.addMember('acme/platform/api', 'dave', 40);
    const r = await api('DELETE', '/groups/acme%2Fplatform/members/5', { skip_subresources: false, unassign_issuables: true });
    assert.equal(r.status, 204);
    const params = emu.state.lastRequestParams('DELETE', '/api/v4/groups/acme%2Fplatform/members');
    assert.equal(params?.unassign_issuables, true);
    assert.ok(!emu.state.members('acme/platform/api').some((m) => m.username === 'dave'));
    await fetch(`${emu.url}/api/v4/projects/201/members/11?skip_subresources=true&unassign_issuables=true`, { method: 'DELETE', headers: { 'PRIVATE-TOKEN': emu.tokens.api } });
    assert.equal(emu.state.lastRequestParams('DELETE', '/projects/201/members')?.skip_subresources, 'true');
    assert.equal((await api('DELETE', '/groups/acme/members/1')).status, 403); // sole Owner
  });

  // ee/lib/ee/api/members.rb (EE, not in the CE mirror): pending_members, approve by member id, approve_all as
  // POST, top-level groups only (bad_request! elsewhere).
  it('approves pending members via POST approve_all; PUT is 405', async () => {
    const pending = await api('GET', '/groups/acme/pending_members');
    const rows = pending.body as Array<{ id: number; username?: string; email: string; approved: boolean; invited: boolean }>;
    assert.deepEqual(rows.filter((p) => !p.approved).map((p) => p.username ?? p.email), ['frank', 'grace', 'newbie@example.net']);
    const grace = rows.find((p) => p.username === 'grace');
    assert.ok(grace);
    assert.equal((await api('PUT', '/groups/acme/members/8/approve')).status, 404); // takes the member id, not the user id
    assert.equal((await api('PUT', `/groups/acme/members/${grace.id}/approve`)).status, 204);
    assert.equal(emu.state.members('acme').find((m) => m.username === 'grace')?.state, 'active');
    assert.deepEqual((await api('PUT', '/groups/acme/members/approve_all')).body, { error: '405 Not Allowed' });
    assert.equal((await api('GET', '/groups/acme%2Fplatform/pending_members')).status, 400);
    assert.equal((await api('POST', '/groups/acme/members/approve_all')).status, 204);
    assert.equal(emu.state.members('acme').find((m) => m.username === 'frank')?.state, 'active');
  });
});

describe('emulator: versions', () => {
  // Gitlab::Access: project Owner from 14.9; lib/api/invitations.rb: user_id from 14.10 (older docs in
  // shared/gitlab-api/older/).
  it('14.8.0: no Owner on projects, no user_id invitations, no tokens/self', async () => {
    await withEmulator({ gitlabVersion: '14.8.0' }, async (emu) => {
      const api = client(emu);
      const owner = await api('POST', '/projects/acme%2Fwebsite/members', { user_id: 13, access_level: 50 });
      assert.deepEqual(owner.body, { message: { access_level: ['is not included in the list'] } });
      assert.deepEqual((await api('POST', '/groups/acme/invitations', { user_id: '13', access_level: 30 })).body, { error: 'email is missing' });
      assert.deepEqual((await api('GET', '/version')).body, { version: '14.8.0-ee', revision: 'abc' });
    });
  });

  it('15.4 has no /personal_access_tokens/self; 17.9 has it', async () => {
    await withEmulator({ gitlabVersion: '15.4.0' }, async (emu) => {
      const r = await client(emu)('GET', '/personal_access_tokens/self');
      assert.equal(r.status, 404);
      assert.deepEqual(r.body, { error: '404 Not Found' });
    });
    await withEmulator({}, async (emu) => {
      const r = await client(emu)('GET', '/personal_access_tokens/self');
      assert.deepEqual((r.body as { scopes: string[] }).scopes, ['api']);
      const created = await client(emu)('POST', '/groups/acme/invitations', { user_id: '13', access_level: 30 });
      assert.deepEqual(created.body, { status: 'success' });
    });
  });
});

describe('emulator: faults, rate limits, log', () => {
  let emu: Emulator;
  let api: ReturnType<typeof client>;
  before(async () => { emu = await startEmulator(); api = client(emu); });
  after(() => emu.close());

  it('injects 500s and ambiguous after-phase failures', async () => {
    emu.setFaults({ rate: 1, kinds: ['500'] });
    assert.equal((await api('GET', '/version')).status, 500);
    emu.setFaults({ rate: 1, kinds: ['502'], phase: 'after', methods: ['POST'], pathPattern: /\/invitations$/ });
    assert.equal((await api('GET', '/version')).status, 200);
    const r = await api('POST', '/groups/acme/invitations', { email: 'ghost@example.com', access_level: 30 });
    assert.equal(r.status, 502);
    assert.ok(emu.state.invitations('acme').some((i) => i.email === 'ghost@example.com'));
    assert.equal(emu.state.successfulInvites('ghost@example.com'), 1);
    emu.setFaults({ rate: 1, kinds: ['reset'] });
    await assert.rejects(api('GET', '/version'));
    emu.setFaults({ rate: 1, kinds: ['malformed-json'] });
    const bad = await api('GET', '/version');
    assert.equal(bad.status, 200);
    assert.equal(bad.text, '[{"id": 1, "usern');
    emu.setFaults(undefined);
    assert.equal(emu.log.at(-2)?.status, 0);
    assert.equal(emu.log.at(-2)?.fault, 'reset');
  });

  it('rate limits per token with 429 headers and counts violations', async () => {
    emu.resetStats();
    emu.setRateLimit({ limit: 2, windowMs: 60_000 });
    assert.equal((await api('GET', '/version')).status, 200);
    assert.equal((await api('GET', '/version')).status, 200);
    const limited = await api('GET', '/version');
    assert.equal(limited.status, 429);
    assert.equal(limited.text, 'Retry later');
    assert.ok(Number(limited.headers.get('retry-after')) >= 1);
    assert.equal(limited.headers.get('ratelimit-limit'), '2');
    assert.equal(limited.headers.get('ratelimit-remaining'), '0');
    assert.ok(limited.headers.get('ratelimit-reset'));
    assert.ok(limited.headers.get('ratelimit-resettime'));
    assert.equal(emu.rateLimitViolations(), 0);
    await api('GET', '/version');
    assert.equal(emu.rateLimitViolations(), 1);
    assert.equal((await api('GET', '/version', undefined, emu.tokens.alice)).status, 200);
    emu.setRateLimit(undefined);
  });

  it('logs requests and measures concurrency', async () => {
    emu.resetStats();
    emu.setLatency(80);
    await Promise.all(Array.from({ length: 5 }, () => api('GET', '/groups/acme/members')));
    emu.setLatency(0);
    assert.equal(emu.maxInFlight(), 5);
    assert.equal(emu.log.length, 5);
    for (const e of emu.log) {
      assert.equal(e.status, 200);
      assert.equal(e.tokenName, 'demo api');
      assert.equal(e.path, '/api/v4/groups/acme/members');
      assert.ok(e.durationMs >= 70);
    }
    const ctl = await (await fetch(`${emu.url}/__emulator/state/invitations?source=acme`)).json();
    assert.ok(Array.isArray(ctl));
  });

  it('under latency answers a GET from the state on its arrival, held for the rest of the latency (a model of GitLab working on requests in parallel: server.ts)', async () => {
    const names = (r: Res) => (r.body as Array<{ username: string }>).map((u) => u.username);
    const listed = names(await api('GET', '/groups/acme/members'));
    const newcomer = emu.state.addUser({ username: 'arrives-meanwhile' });
    emu.setLatency(300);
    try {
      const seen = emu.log.length;
      const reading = api('GET', '/groups/acme/members');
      while (emu.log.length === seen) await new Promise((resolve) => setImmediate(resolve)); // the GET has arrived
      // Its answer is worked out in the event loop's turn after it was read (server.ts): let that turn pass.
      for (let turn = 0; turn < 2; turn++) await new Promise((resolve) => setImmediate(resolve));
      emu.state.addMember('acme', newcomer.id, 30);
      const answer = await reading;
      assert.deepEqual(names(answer), listed, 'the member added while the GET waited out its latency is not in its answer');
      assert.ok((emu.log.at(-1)?.durationMs ?? 0) >= 290, 'the answer still took the latency');
    } finally {
      emu.setLatency(0);
    }
    assert.ok(names(await api('GET', '/groups/acme/members')).includes('arrives-meanwhile'), 'the next GET has it');
    emu.state.removeMembership(emu.state.source('acme'), newcomer.id);
  });

  it('under latency a write cancelled while it waits changes nothing', async () => {
    const bob = emu.state.userByUsername('bob')!;
    const role = emu.state.directMember(emu.state.source('acme'), bob.id)?.accessLevel;
    emu.setLatency(300);
    try {
      const seen = emu.log.length;
      const cancel = new AbortController();
      const writing = fetch(`${emu.url}/api/v4/groups/acme/members/${bob.id}`, {
        method: 'PUT', headers: { 'PRIVATE-TOKEN': emu.tokens.api, 'content-type': 'application/json' },
        body: JSON.stringify({ access_level: 50 }), signal: cancel.signal,
      });
      while (emu.log.length === seen) await new Promise((resolve) => setImmediate(resolve)); // the PUT has arrived
      cancel.abort();
      await assert.rejects(writing);
      // A write sent after it is carried out after it (the same latency, started later): by its answer the PUT's wait is over.
      assert.equal((await api('DELETE', '/groups/acme/invitations/nobody%40example.com')).status, 404);
    } finally {
      emu.setLatency(0);
    }
    assert.equal(emu.state.directMember(emu.state.source('acme'), bob.id)?.accessLevel, role);
  });
});

describe('emulator: CLI', () => {
  it('prints the ready line and stops on SIGTERM', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'test/emulator/cli.ts', '--port', '0'], { cwd: process.cwd(), stdio: ['ignore', 'pipe', 'pipe'] });
    const line = await new Promise<string>((resolve, reject) => {
      let out = '';
      const timer = setTimeout(() => reject(new Error(`no ready line: ${out}`)), 10_000);
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        if (out.includes('\n')) { clearTimeout(timer); resolve(out.split('\n')[0]); }
      });
      child.on('exit', () => reject(new Error(`exited: ${out}`)));
    });
    assert.match(line, /^GitLab emulator listening on http:\/\/127\.0\.0\.1:\d+ token=glpat-demo-api-token$/);
    const url = /(http:\/\/127\.0\.0\.1:\d+)/.exec(line)?.[1];
    const r = await fetch(`${url}/api/v4/version`, { headers: { 'PRIVATE-TOKEN': 'glpat-demo-api-token' } });
    assert.equal(r.status, 200);
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    assert.equal(await exited, 0);
  });
});
