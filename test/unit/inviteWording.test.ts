// The words for what an invite did or would do to one recipient, shared by the form, notifications and reports.
// What GitLab does is from app/services/members/creator_service.rb (existing members: role and expiry set to the
// invitation's, 14.9+) and invite_member_builder.rb (pending invitations updated, 15.8+).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildReview } from '../../src/domain/inviteReview';
import { outcomeText, reviewText } from '../../src/domain/inviteWording';
import type { Standing } from '../../src/gitlab/types';

const now = { members: true, invitations: true };
const maintainer: Standing = { as: 'member', accessLevel: 40, expiresAt: null };

test('what sending would do: role change, expiry set or cleared, invitation update, inherited rules, older servers', () => {
  assert.deepEqual(reviewText(maintainer, 30, null, now), { text: 'Maintainer here: sending at Developer would change their role to Developer.', canInclude: true });
  assert.equal(reviewText({ ...maintainer, expiresAt: '2030-01-01' }, 40, null, now).text, 'Maintainer here: sending at Maintainer would keep their role and remove their expiry (2030-01-01).');
  assert.equal(reviewText(maintainer, 40, '2031-02-03', now).text, 'Maintainer here: sending at Maintainer would keep their role and make their access expire on 2031-02-03.');
  assert.equal(reviewText(maintainer, 40, null, now).text, 'Maintainer here: sending at Maintainer changes nothing.');
  assert.equal(reviewText({ as: 'invitation', accessLevel: 20, expiresAt: null }, 30, null, now).text, 'Invited here as Reporter: sending would update the invitation to Developer.');
  // GitLab's floor is an ancestor group's role (member.rb higher_access_level_than_group), also for a direct member
  assert.deepEqual(reviewText({ ...maintainer, accessLevel: 30, inheritedLevel: 40 }, 20, null, now),
    { text: 'Developer here, Maintainer in a parent group: GitLab refuses a role below that (Reporter).', canInclude: false });
  assert.deepEqual(reviewText({ as: 'inherited', accessLevel: 40, expiresAt: null, from: 'acme' }, 30, null, now),
    { text: 'Maintainer through acme: GitLab refuses a lower role (Developer) here.', canInclude: false });
  assert.equal(reviewText({ as: 'inherited', accessLevel: 20, expiresAt: null, from: '' }, 30, null, now).text, 'Reporter through a shared group: sending adds a direct Developer membership here.');
  assert.equal(reviewText({ as: 'invitation', accessLevel: 20, expiresAt: null }, 30, null, { members: true, invitations: false }).text,
    'Invited here as Reporter: this GitLab version leaves the invitation unchanged and answers that they are already there.');
});

test('what happened: the same words everywhere', () => {
  assert.equal(outcomeText({ status: 'changed', before: { ...maintainer, expiresAt: '2030-01-01' }, accessLevel: 40, expiresAt: null }), 'Role kept (Maintainer); expiry removed');
  assert.equal(outcomeText({ status: 'changed', before: maintainer, accessLevel: 30, expiresAt: '2031-01-01' }), 'Role changed from Maintainer to Developer; expiry set to 2031-01-01');
  assert.equal(outcomeText({ status: 'invited' }), 'Invited');
  assert.equal(outcomeText({ status: 'changed', before: maintainer, accessLevel: 30 }), 'Role changed from Maintainer to Developer');
  assert.equal(outcomeText({ status: 'updated', before: { as: 'invitation', accessLevel: 40, expiresAt: null }, accessLevel: 30 }), 'Invitation updated from Maintainer to Developer');
  assert.equal(outcomeText({ status: 'already', before: maintainer, accessLevel: 40 }), 'Already a member with the same role');
  assert.equal(outcomeText({ status: 'already', message: 'User already exists in source' }), 'Already there: User already exists in source');
  assert.equal(outcomeText({ status: 'left', before: maintainer }), 'Left out: Maintainer here; not sent');
  assert.equal(outcomeText({ status: 'failed', message: 'Email is blocked' }), 'Failed: Email is blocked');
});

test('the review lists who has access, and warns about addresses GitLab does not reveal', () => {
  const review = buildReview([
    { recipient: { kind: 'email', name: 'Maint@x.org' }, standing: maintainer },
    { recipient: { kind: 'user', name: 'alice', userId: 2 }, standing: { as: 'inherited', accessLevel: 40, expiresAt: null, from: 'acme' } },
    { recipient: { kind: 'email', name: 'private@x.org' }, unmatched: true },
    { recipient: { kind: 'email', name: 'new@x.org' } },
  ], 30, null, now);
  assert.deepEqual(review.items.map((i) => [i.key, i.canInclude]), [['email:maint@x.org', true], ['user:alice', false]]);
  assert.match(review.items[1].text, /^@alice: Maintainer through acme/);
  assert.equal(review.note, 'GitLab does not show whether private@x.org belongs to an existing user (their email may be private): if it belongs to a member here, an invitation changes their role.');
});
