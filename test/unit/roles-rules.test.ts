// Which roles may be given where: Minimal Access only on top-level groups, Planner from 17.7, project Owner from
// 14.9 and only by an Owner; and the expiry rule shared by the form and the quick picks.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { checkExpiryInput, earliestExpiry } from '../../src/domain/expiryRule';
import { assignableRoles, customRoleName, manageBlocker, pickDefaultRole, versionAtLeast, withCustomRoles } from '../../src/domain/roleRules';

const names = (...args: Parameters<typeof assignableRoles>) => assignableRoles(...args).map((r) => r.name);
const owner = { level: 50, serverVersion: '17.8.0-ee' };
const maintainer = { level: 40, serverVersion: '17.8.0-ee' };

test('an Owner of a top-level group on a recent server may give every role', () => {
  assert.deepEqual(names({ kind: 'group', topLevel: true }, owner),
    ['Minimal Access', 'Guest', 'Planner', 'Reporter', 'Developer', 'Maintainer', 'Owner']);
});

test('Minimal Access only on top-level groups', () => {
  assert.ok(!names({ kind: 'group', topLevel: false }, owner).includes('Minimal Access'));
  assert.ok(!names({ kind: 'project', topLevel: false }, owner).includes('Minimal Access'));
});

test('Planner only from GitLab 17.7', () => {
  assert.ok(!names({ kind: 'group', topLevel: true }, { level: 50, serverVersion: '17.6.3' }).includes('Planner'));
  assert.ok(names({ kind: 'group', topLevel: true }, { level: 50, serverVersion: '17.7.0' }).includes('Planner'));
});

test('Owner of a project only from 14.9, and never given by a Maintainer', () => {
  assert.ok(!names({ kind: 'project', topLevel: false }, { level: 50, serverVersion: '14.8.2' }).includes('Owner'));
  assert.ok(names({ kind: 'project', topLevel: false }, { level: 50, serverVersion: '14.9.0' }).includes('Owner'));
  assert.deepEqual(names({ kind: 'project', topLevel: false }, maintainer), ['Guest', 'Planner', 'Reporter', 'Developer', 'Maintainer']);
});

test('an unknown role (an administrator, say) is offered every role up to Owner: GitLab decides', () => {
  const unknown = { level: undefined, serverVersion: '17.8.0-ee' };
  assert.deepEqual(names({ kind: 'group', topLevel: true }, unknown), ['Minimal Access', 'Guest', 'Planner', 'Reporter', 'Developer', 'Maintainer', 'Owner']);
  assert.deepEqual(names({ kind: 'project', topLevel: false }, unknown), ['Guest', 'Planner', 'Reporter', 'Developer', 'Maintainer', 'Owner']);
  assert.ok(!names({ kind: 'project', topLevel: false }, { level: undefined, serverVersion: '14.8.0' }).includes('Owner'), 'project Owner before 14.9');
  assert.equal(manageBlocker('group', undefined, false), undefined, 'the form warns although GitLab decides');
  assert.ok(!names({ kind: 'group', topLevel: true }, { level: 40, serverVersion: undefined }).includes('Owner'), 'a known Maintainer is offered Owner');
});

test('an unknown server version counts as recent (as in the API layer)', () => {
  assert.equal(versionAtLeast(undefined, '17.7'), true);
  assert.equal(versionAtLeast('16.11.2-ee', '17.7'), false);
  assert.equal(versionAtLeast('17.10.0', '17.7'), true);
});

test('the default role is the preferred one when offered, else Guest, else the first', () => {
  const roles = assignableRoles({ kind: 'group', topLevel: true }, owner);
  assert.equal(pickDefaultRole(roles), 10);
  assert.equal(pickDefaultRole(roles, 30), 30);
  assert.equal(pickDefaultRole([{ level: 20, name: 'Reporter' }]), 20);
});

test('manageBlocker explains a read-only token or a role too low, and trusts GitLab when unknown', () => {
  assert.match(manageBlocker('group', 50, true) ?? '', /read-only/);
  assert.match(manageBlocker('group', 30, false) ?? '', /You are Developer here: managing members of a group needs Owner/);
  assert.equal(manageBlocker('project', 40, false), undefined);
  assert.equal(manageBlocker('group', undefined, false), undefined);
});

test('expiry: empty means none; otherwise a real date after today', () => {
  const now = new Date('2026-11-22T12:00:00Z');
  assert.deepEqual(checkExpiryInput('  ', now), { ok: true, value: null });
  assert.deepEqual(checkExpiryInput('2026-11-23', now), { ok: true, value: '2026-11-23' });
  assert.equal(checkExpiryInput('2026-11-22', now).ok, false, 'today is refused');
  assert.equal(checkExpiryInput('2026-02-30', now).ok, false, 'February 30th is refused');
  assert.equal(checkExpiryInput('23/11/2026', now).ok, false);
  assert.equal(checkExpiryInput('+20261-01-01', now).ok, false);
  assert.equal(earliestExpiry(new Date('2026-12-31T12:00:00Z')), '2027-01-01');
});

test('custom roles follow the standard ones, named after their base role', () => {
  const standard = assignableRoles({ kind: 'group', topLevel: true }, owner);
  const auditor = { id: 1, name: 'Security auditor', baseAccessLevel: 20 };
  const offered = withCustomRoles(standard, [auditor]);
  assert.deepEqual(offered.slice(0, standard.length), standard);
  assert.deepEqual(offered.at(-1), { level: 20, name: 'Security auditor (custom, based on Reporter)', memberRoleId: 1 });
  assert.equal(customRoleName(auditor), 'Security auditor (custom, based on Reporter)');
  assert.equal(pickDefaultRole(offered), 10);
});

test('a custom role whose base role the caller could not give is not offered', () => {
  const custom = [
    { id: 1, name: 'Security auditor', baseAccessLevel: 20 },
    { id: 2, name: 'Release manager', baseAccessLevel: 50 },
    { id: 3, name: 'Light touch', baseAccessLevel: 5 },
  ];
  const forMaintainer = withCustomRoles(assignableRoles({ kind: 'project', topLevel: false }, maintainer), custom);
  assert.deepEqual(forMaintainer.filter((o) => o.memberRoleId !== undefined).map((o) => o.memberRoleId), [1]);
  const forOwner = withCustomRoles(assignableRoles({ kind: 'group', topLevel: true }, owner), custom);
  assert.deepEqual(forOwner.filter((o) => o.memberRoleId !== undefined).map((o) => o.memberRoleId), [1, 2, 3]);
  assert.deepEqual(withCustomRoles(assignableRoles({ kind: 'group', topLevel: true }, owner), []).length, 7);
});
