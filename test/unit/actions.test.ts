// The pure parts of the member actions: failure sentences (a 403 explained with the caller's role), the invite
// notification, GitLab member-page links, pending-row matching, the form's CSP, and reading tree rows.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import type { AccountSession } from '../../src/accounts/sessions';
import type { CommandDeps } from '../../src/commands/support/deps';
import { invitationOfNode, memberOfNode, pendingOfNode, sourceOfNode } from '../../src/commands/support/nodeTargets';
import { explainFailure } from '../../src/domain/actionErrors';
import { summarizeInvite } from '../../src/domain/inviteSummary';
import type { RecipientResult } from '../../src/shared/protocol';
import { groupMembersUrl, membersPageUrl, rootGroupPath } from '../../src/domain/memberLinks';
import { findPending } from '../../src/domain/pending';
import { GitLabError } from '../../src/gitlab/errors';
import type { Group, PendingMember } from '../../src/gitlab/types';
import { contentSecurityPolicy } from '../../src/inviteForm/csp';

const forbidden = new GitLabError('Your role does not allow this here (403). GitLab said: 403 Forbidden', { kind: 'forbidden', status: 403 });

test('a 403 is explained with what the caller\'s role allows; other failures carry GitLab\'s reason only', () => {
  assert.equal(explainFailure('change Bob in partner-co', forbidden, { kind: 'group', fullPath: 'partner-co', callerLevel: 30 }),
    "Couldn't change Bob in partner-co: Your role does not allow this here (403). GitLab said: 403 Forbidden. "
    + 'You are Developer in partner-co; managing members of a group needs the Owner role.');
  assert.match(explainFailure('x', forbidden, { kind: 'project', fullPath: 'a/b', callerLevel: undefined }), /needs the Maintainer or Owner role\.$/);
  const notFound = new GitLabError('Not found, or you cannot see it (404).', { kind: 'not-found', status: 404 });
  assert.equal(explainFailure('remove Bob from acme', notFound, { kind: 'group', fullPath: 'acme', callerLevel: 30 }),
    "Couldn't remove Bob from acme: Not found, or you cannot see it (404).");
});

test('the invite notification counts what happened, in the words every report uses', () => {
  const r = (recipient: string, status: RecipientResult['status'], text: string, kind: 'email' | 'user' = 'email'): RecipientResult => ({ recipient, kind, status, text });
  assert.deepEqual(summarizeInvite([r('a@x.org', 'invited', 'Invited')], 'acme'),
    { severity: 'info', text: 'Invited 1 person to acme.', showLogs: false });
  const mixed = summarizeInvite([
    r('a@x.org', 'invited', 'Invited'),
    r('maint@x.org', 'changed', 'Role changed from Maintainer to Developer'),
    r('pending@x.org', 'updated', 'Invitation updated'),
    r('dev@x.org', 'left', 'Left out: Developer here; not sent'),
  ], 'acme');
  assert.equal(mixed.severity, 'info');
  assert.equal(mixed.showLogs, false);
  assert.equal(mixed.text, 'acme: 1 invited, 1 role changed, 1 invitation updated, 1 left out (maint@x.org: Role changed from Maintainer to Developer; '
    + 'pending@x.org: Invitation updated; dev@x.org: Left out: Developer here; not sent).');
  const many = summarizeInvite(['a', 'b', 'c', 'd', 'e'].map((x) => r(x, 'failed', 'Failed: no', 'user')), 'acme');
  assert.equal(many.text, 'acme: 5 failed (a: Failed: no; b: Failed: no; c: Failed: no; and 2 more). The failed ones stay in the form.');
  assert.equal(many.severity, 'warning');
  assert.equal(many.showLogs, true);
});

test('member pages: group or project members, on a tab, searching; ancestors by path; the root group', () => {
  assert.equal(membersPageUrl({ kind: 'group', webUrl: 'https://gl.test/groups/acme' }), 'https://gl.test/groups/acme/-/group_members');
  assert.equal(membersPageUrl({ kind: 'project', webUrl: 'https://gl.test/acme/web/' }, { tab: 'invited' }), 'https://gl.test/acme/web/-/project_members?tab=invited');
  assert.equal(membersPageUrl({ kind: 'group', webUrl: 'https://gl.test/groups/acme' }, { search: 'bob b' }), 'https://gl.test/groups/acme/-/group_members?search=bob+b');
  assert.equal(groupMembersUrl('https://gl.test/', 'acme/plat form'), 'https://gl.test/groups/acme/plat%20form/-/group_members');
  assert.equal(rootGroupPath('acme/platform/infra'), 'acme');
});

test('pending rows: only those still waiting, matched by username or invited email', () => {
  const rows: PendingMember[] = [
    { id: 1, username: 'frank', name: 'Frank', approved: false, invited: false },
    { id: 2, email: 'newbie@example.net', approved: false, invited: true },
    { id: 3, email: 'old@example.net', approved: true, invited: true },
  ];
  assert.equal(findPending(rows, { username: 'Frank' })?.id, 1);
  assert.equal(findPending(rows, { email: 'NEWBIE@example.net' })?.id, 2);
  assert.equal(findPending(rows, { email: 'old@example.net' }), undefined, 'an approved invitation matched');
});

test('the form\'s CSP: nothing by default, script by nonce, no unsafe-inline or eval', () => {
  const csp = contentSecurityPolicy('https://*.vscode-cdn.net', 'S1', 'T2');
  assert.match(csp, /^default-src 'none';/);
  assert.match(csp, /script-src 'nonce-S1';/);
  assert.match(csp, /style-src https:\/\/\*\.vscode-cdn\.net 'nonce-T2';/);
  assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval|\*;|https?:;/);
});

const acme: Group = { kind: 'group', id: 100, name: 'Acme', path: 'acme', fullPath: 'acme', fullName: 'Acme', parentId: null, webUrl: 'https://gl.test/groups/acme' };
const session = { account: { instanceUrl: 'https://gl.test', userId: 1, username: 'demo', name: 'Demo', scopes: ['api'] }, key: 'https://gl.test#1' } as unknown as AccountSession;
const deps = {} as CommandDeps;

test('tree rows are read by shape: source and caller level from above, the row\'s own member/invitation/pending', () => {
  const groupRow = { id: 'g', parent: undefined, item: () => ({}), source: acme, access: { level: 50, readOnly: false }, session };
  const folder = { id: 'f', parent: groupRow, item: () => ({}), source: acme, access: { level: 50, readOnly: false } };
  const memberRow = { id: 'm', parent: folder, item: () => ({}), source: acme, session, member: { id: 3, username: 'bob', name: 'Bob', accessLevel: 20 } };
  assert.deepEqual(sourceOfNode(deps, memberRow), { session, source: acme, callerLevel: 50 });
  assert.equal(memberOfNode(deps, memberRow)?.member.username, 'bob');
  assert.equal(memberOfNode(deps, memberRow)?.inherited, false);
  assert.equal(invitationOfNode(deps, memberRow), undefined);
  const invitationRow = { id: 'i', parent: folder, item: () => ({}), session, invitation: { id: 7, email: 'a@x.org', accessLevel: 10, expiresAt: null } };
  assert.equal(invitationOfNode(deps, invitationRow)?.invitation.email, 'a@x.org');
  const pendingRow = { id: 'p', parent: folder, item: () => ({}), session, pending: { id: 9, approved: false, invited: true, email: 'n@x.org' } };
  assert.equal(pendingOfNode(deps, pendingRow)?.pending.id, 9);
  assert.equal(sourceOfNode(deps, undefined), undefined, 'the palette passes nothing');
  assert.equal(sourceOfNode(deps, { id: 'x', item: () => ({}) }), undefined, 'a row with no group or project above');
});
