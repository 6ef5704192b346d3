// Pure rules behind the tree: role names, expiry wording, who may manage what, contextValue strings, log lines.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { roleName } from '../../src/domain/roles';
import { daysUntil, describeExpiry, describeExpiryLong, expiryState } from '../../src/domain/expiry';
import { canManageMember, canManageMembers, maxAssignableLevel, permissionNote } from '../../src/domain/permissions';
import { contextValue, hasFlag } from '../../src/domain/contextValue';
import { sortMembers } from '../../src/domain/memberSort';
import { formatRequestLine } from '../../src/domain/requestLine';
import { userMessageOf } from '../../src/domain/errors';
import { GitLabError } from '../../src/gitlab/errors';

const now = new Date(Date.UTC(2026, 10, 22, 15, 30)); // 22 November 2026, afternoon (UTC, GitLab's default zone)

test('role names, including levels this version does not know', () => {
  const names = [0, 5, 10, 15, 20, 30, 40, 50].map(roleName);
  assert.deepEqual(names, ['No access', 'Minimal Access', 'Guest', 'Planner', 'Reporter', 'Developer', 'Maintainer', 'Owner']);
  assert.equal(roleName(60), 'Role 60');
  assert.equal(roleName(25), 'Role 25');
});

// GitLab counts a membership as ended from its expires_at day on (app/models/member.rb not_expired: expires_at >
// today; Expirable#expired) and RemoveExpiredMembersWorker removes it at 00:10 (config/initializers/1_settings.rb).
test('expiry descriptions count calendar days from today; one that ends today has ended, as GitLab counts it', () => {
  assert.equal(describeExpiry(null, now), undefined);
  assert.equal(describeExpiry('2026-11-22', now), 'ended today');
  assert.equal(describeExpiryLong('2026-11-22', now), '2026-11-22 (today: GitLab counts it as ended and removes it at its next daily clean-up)');
  assert.equal(describeExpiry('2026-11-23', now), 'expires tomorrow');
  assert.equal(describeExpiry('2026-11-25', now), 'expires in 3 days');
  assert.equal(describeExpiry('2026-11-21', now), 'expired');
  assert.equal(describeExpiry('2027-06-01', now), 'expires 2027-06-01');
  assert.equal(daysUntil('2026-12-22T00:00:00Z', now), 30);
  assert.equal(describeExpiryLong('2026-11-25', now), '2026-11-25 (in 3 days)');
  assert.equal(describeExpiryLong('2026-11-19', now), '2026-11-19 (expired 3 days ago)');
});

test('expiry state: soon within the warning days, expired from the day itself', () => {
  assert.equal(expiryState(null, now, 7), 'none');
  assert.equal(expiryState('2026-11-22', now, 7), 'expired');
  assert.equal(expiryState('2026-11-23', now, 7), 'soon');
  assert.equal(expiryState('2026-11-29', now, 7), 'soon');
  assert.equal(expiryState('2026-11-30', now, 7), 'ok');
  assert.equal(expiryState('2026-11-21', now, 7), 'expired');
  assert.equal(expiryState('2026-11-25', now, 0), 'ok');
});

test('Owner manages group members, Maintainer+ project members, read-only never', () => {
  const full = (level: number | undefined) => ({ level, readOnly: false });
  assert.equal(canManageMembers('group', full(50)), true);
  assert.equal(canManageMembers('group', full(40)), false);
  assert.equal(canManageMembers('project', full(40)), true);
  assert.equal(canManageMembers('project', full(30)), false);
  assert.equal(canManageMembers('project', full(undefined)), false);
  assert.equal(canManageMembers('group', { level: 50, readOnly: true }), false);
});

test('only direct members are manageable, and a project Maintainer cannot touch an Owner', () => {
  const direct = (accessLevel: number) => ({ accessLevel, inherited: false });
  assert.equal(canManageMember('group', { level: 50, readOnly: false }, direct(30)), true);
  assert.equal(canManageMember('group', { level: 50, readOnly: false }, { accessLevel: 30, inherited: true }), false);
  assert.equal(canManageMember('project', { level: 40, readOnly: false }, direct(40)), true);
  assert.equal(canManageMember('project', { level: 40, readOnly: false }, direct(50)), false);
  assert.equal(canManageMember('project', { level: 50, readOnly: false }, direct(50)), true);
  assert.equal(canManageMember('group', { level: 50, readOnly: true }, direct(30)), false);
});

test('the highest role a caller may give, and the sentence saying why actions are (not) offered', () => {
  assert.equal(maxAssignableLevel('project', { level: 40, readOnly: false }), 40);
  assert.equal(maxAssignableLevel('group', { level: 50, readOnly: false }), 50);
  assert.equal(maxAssignableLevel('group', { level: 40, readOnly: false }), undefined);
  assert.equal(permissionNote('group', { level: 50, readOnly: false }), 'you can manage them');
  assert.equal(permissionNote('group', { level: 30, readOnly: false }), 'view only: managing group members needs Owner (your role is Developer)');
  assert.equal(permissionNote('project', { level: undefined, readOnly: false }), 'view only: managing project members needs Maintainer (no role here)');
  assert.equal(permissionNote('project', { level: 50, readOnly: true }), 'view only: this token is read-only (read_api)');
});

test('members sort by name (case-insensitive), role (highest first) or expiry (none last), stably', () => {
  const m = (name: string, accessLevel: number, expiresAt: string | null) =>
    ({ id: 0, username: name.toLowerCase(), name, state: 'active', accessLevel, expiresAt, membershipState: 'active' });
  const rows = [m('bob', 20, null), m('Alice', 30, '2027-01-01'), m('Carol', 30, '2026-12-01'), m('dave', 50, null)];
  const names = (sort: 'name' | 'role' | 'expiry') => sortMembers(rows, sort, (r) => r).map((r) => r.name);
  assert.deepEqual(names('name'), ['Alice', 'bob', 'Carol', 'dave']);
  assert.deepEqual(names('role'), ['dave', 'Alice', 'Carol', 'bob']);
  assert.deepEqual(names('expiry'), ['Carol', 'Alice', 'bob', 'dave']);
  assert.deepEqual(rows.map((r) => r.name), ['bob', 'Alice', 'Carol', 'dave'], 'the input is left as it was');
});

test('contextValue: kind first, then the flags that are set, in order', () => {
  assert.equal(contextValue('group', { canManage: true }), 'group;canManage');
  assert.equal(contextValue('group', { canManage: false }), 'group');
  assert.equal(contextValue('member', { direct: true, inherited: false, canManage: true }), 'member;direct;canManage');
  assert.match(contextValue('member', { direct: true, canManage: true }), /^member;direct(;|$)/);
  assert.equal(hasFlag('member;direct;canManage;self', 'self'), true);
  assert.equal(hasFlag('member;direct;canManageX', 'canManage'), false);
  assert.equal(hasFlag('member;direct', 'member'), false, 'the kind is not a flag');
});

test('request log lines carry method, path, status and time, never a token', () => {
  const line = formatRequestLine({ method: 'GET', path: '/api/v4/groups/acme/members?page=2', status: 200, durationMs: 12.4, attempt: 1 });
  assert.equal(line, 'GET /api/v4/groups/acme/members?page=2 200 12ms');
  const retry = formatRequestLine({ method: 'GET', path: '/api/v4/user', status: 429, durationMs: 3, attempt: 2, retryInMs: 1000 });
  assert.equal(retry, 'GET /api/v4/user 429 3ms (attempt 2) retry in 1000ms');
  const leaky = formatRequestLine({ method: 'GET', path: '/api/v4/user?private_token=glpat-demo-api-token', status: 'timeout', durationMs: 1, attempt: 1 });
  assert.doesNotMatch(leaky, /glpat-demo/);
});

test('the message shown for an error is GitLabError.userMessage', () => {
  assert.equal(userMessageOf(new GitLabError('You need Owner here.', { kind: 'forbidden', status: 403 })), 'You need Owner here.');
  assert.equal(userMessageOf(new Error('boom')), 'boom');
  assert.equal(userMessageOf('odd'), 'odd');
});
