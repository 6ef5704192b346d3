// The emulator's generated large organisation (test/emulator/largeOrg.ts) and GitLab.com's documented rate limits
// (test/emulator/dotcomRateLimits.ts), for the bench's Find Access at organisation scale.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DOTCOM_RATE_LIMITS } from '../emulator/dotcomRateLimits';
import { LARGE_ORG, LARGE_ORG_ADMIN_TOKEN } from '../emulator/largeOrg';
import { RateLimiter } from '../emulator/rateLimit';
import { client, withEmulator } from './support/rawHttp';

test('--large-org: 300 nested groups and 1,000 projects under large-org, the demo user their Owner, nina in 84 places', async () => {
  await withEmulator({ port: 0, largeOrg: true }, async (emu) => {
    const s = emu.state;
    const groups = [...s.groups.values()].filter((g) => g.fullPath === 'large-org' || g.fullPath.startsWith('large-org/'));
    const projects = [...s.projects.values()].filter((p) => p.fullPath.startsWith('large-org/'));
    assert.deepEqual([groups.length, projects.length], [LARGE_ORG.groups, LARGE_ORG.projects]);
    assert.ok(groups.some((g) => g.fullPath.split('/').length >= 6), 'nested several levels deep');
    const demo = client(emu);
    const members = (await demo('GET', '/groups/large-org/members?per_page=100')).body as Array<{ username: string; access_level: number }>;
    assert.deepEqual(members.filter((m) => m.username === 'demo').map((m) => m.access_level), [50]);
    const nina = s.userByUsername(LARGE_ORG.target)!;
    // lib/api/users.rb: GET /users/:user_id/memberships is for administrators: root is one, demo is not.
    assert.equal((await demo('GET', `/users/${nina.id}/memberships`)).status, 403);
    const listed = await client(emu, LARGE_ORG_ADMIN_TOKEN)('GET', `/users/${nina.id}/memberships?per_page=100`);
    assert.equal(listed.status, 200);
    assert.equal((listed.body as unknown[]).length, 84);
    assert.equal(listed.headers.get('x-next-page'), '', 'one page');
  });
});

test('the large organisation is the same every time', async () => {
  const shape = async () => {
    let out = '';
    await withEmulator({ port: 0, largeOrg: true }, async (emu) => {
      const nina = emu.state.userByUsername('nina')!;
      const places = [...emu.state.groups.values(), ...emu.state.projects.values()].filter((src) => emu.state.directMember(src, nina.id));
      out = places.map((p) => `${p.kind}:${p.id}:${p.fullPath}`).join(',');
    });
    return out;
  };
  assert.equal(await shape(), await shape());
});

test('GitLab.com limits: 60 a minute for one project\'s members/all, 200 for GET /groups, 2,000 in all', () => {
  const limiter = new RateLimiter(DOTCOM_RATE_LIMITS);
  const origin = { connection: {}, request: 'GET x' };
  const ask = (apiPath: string, now = 0) => limiter.check('tok', origin, now, { method: 'GET', apiPath }).limited?.status;
  for (let i = 0; i < 60; i++) assert.equal(ask('/projects/7/members/all'), undefined);
  assert.equal(ask('/projects/7/members/all'), 429, 'the 61st in the minute');
  assert.equal(ask('/projects/8/members/all'), undefined, 'counted per project');
  assert.equal(ask('/projects/7/members/all', 60_000), undefined, 'a new minute');
  const groups = new RateLimiter(DOTCOM_RATE_LIMITS);
  for (let i = 0; i < 200; i++) assert.equal(groups.check('tok', origin, 0, { method: 'GET', apiPath: '/groups' }).limited, undefined);
  assert.equal(groups.check('tok', origin, 0, { method: 'GET', apiPath: '/groups' }).limited?.status, 429);
  const all = new RateLimiter(DOTCOM_RATE_LIMITS);
  for (let i = 0; i < 2_000; i++) all.check('tok', origin, 0, { method: 'GET', apiPath: `/groups/${i}/subgroups` });
  assert.equal(all.check('tok', origin, 0, { method: 'GET', apiPath: '/groups/1/subgroups' }).limited?.status, 429);
});

test('an endpoint limit with its own window: GET /projects counts per 10 minutes, not per minute', () => {
  const limiter = new RateLimiter({ limit: 1_000, windowMs: 60_000, endpoints: [{ name: 'projects', method: 'GET', pattern: /^\/projects$/, limit: 2, windowMs: 600_000 }] });
  const origin = { connection: {}, request: 'GET /projects' };
  const ask = (now: number) => limiter.check('tok', origin, now, { method: 'GET', apiPath: '/projects' }).limited?.status;
  assert.deepEqual([ask(0), ask(1_000), ask(61_000), ask(600_000)], [undefined, undefined, 429, undefined]);
});
