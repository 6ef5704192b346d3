// The invite form's draft: chips added from text and from user picks, results applied (invited ones leave, the
// others stay with GitLab's reason) and kept with the target they are about (pointed elsewhere, they go), and
// sending refused while an address is invalid.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import {
  addEmailText, addUser, applyResults, chipLabel, clearRecipients, EMPTY_DRAFT, forTarget, includeReviewed, needsRetargetAnswer, recipientsFor, recipientsToSend,
  removeChip, reviewFor, sendSignature, withPending, withReview,
} from '../../webview/inviteDraft';
import { parseDraft } from '../../webview/draftState';

const mallory = { id: 13, username: 'mallory', name: 'Mallory Moore' };
const ACME = { targetKey: 'k|group:100', fullPath: 'acme' };
const WEB = { targetKey: 'k|project:7', fullPath: 'acme/web' };

test('addEmailText adds only new addresses; addUser only new users', () => {
  let draft = addEmailText(EMPTY_DRAFT, 'a@x.org, b@x.org');
  draft = addEmailText(draft, 'B@X.org c@x.org');
  draft = addUser(addUser(draft, mallory), mallory);
  assert.deepEqual(draft.chips.map(chipLabel), ['a@x.org', 'b@x.org', 'c@x.org', 'Mallory Moore (@mallory)']);
});

test('recipientsToSend refuses an empty form and invalid addresses, then splits emails and users', () => {
  assert.deepEqual(recipientsToSend(EMPTY_DRAFT), { ok: false, error: 'Add at least one email address or user.' });
  const withInvalid = addEmailText(addUser(EMPTY_DRAFT, mallory), 'a@x.org nope');
  assert.deepEqual(recipientsToSend(withInvalid), { ok: false, error: 'Fix or remove the invalid address first.' });
  const fixed = removeChip(withInvalid, 2);
  assert.deepEqual(recipientsToSend(fixed), { ok: true, emails: ['a@x.org'], users: [mallory] });
});

test('applyResults: who has nothing to retry leaves the form; the failed stay with GitLab\'s reason', () => {
  const draft = addUser(addEmailText(EMPTY_DRAFT, 'new@x.org, Dev+Test@example.com, bad@x.org, maint@x.org, kept@x.org'), mallory);
  const after = applyResults(draft, { results: [
    { recipient: 'new@x.org', kind: 'email', status: 'invited', text: 'Invited' },
    { recipient: 'dev+test@example.com', kind: 'email', status: 'updated', text: 'Invitation updated' },
    { recipient: 'bad@x.org', kind: 'email', status: 'failed', text: 'Failed: GitLab did not say why.' },
    { recipient: 'maint@x.org', kind: 'email', status: 'changed', text: 'Role changed from Maintainer to Developer' },
    { recipient: 'kept@x.org', kind: 'email', status: 'left', text: 'Left out: Developer here; not sent' },
    { recipient: 'mallory', kind: 'user', status: 'already', text: 'Already a member with the same role' },
  ] }, ACME);
  assert.deepEqual(after.chips.map((c) => [chipLabel(c), c.note?.status, c.note?.message]), [
    ['bad@x.org', 'failed', 'GitLab did not say why.'],
  ]);
  assert.equal(after.last?.results.length, 6);
  assert.equal(after.last?.explanation, undefined);
  assert.deepEqual([after.last?.targetKey, after.last?.fullPath], [ACME.targetKey, 'acme']);
  const no = { recipient: 'bad@x.org', kind: 'email' as const, status: 'failed' as const, text: 'Failed: No (403).', message: 'No (403).' };
  const refused = applyResults(after, { results: [no], explanation: 'Couldn\'t invite to acme: No (403).' }, ACME);
  assert.deepEqual(refused.last, { ...ACME, results: [no], explanation: 'Couldn\'t invite to acme: No (403).' });
});

test('pointed at another group or project, the results and the chips\' notes go; the recipients stay', () => {
  const draft = addEmailText(EMPTY_DRAFT, 'dev+test@example.com, new@x.org');
  const answered = applyResults(draft, { results: [
    { recipient: 'dev+test@example.com', kind: 'email', status: 'failed', text: 'Failed: Email is blocked', message: 'Email is blocked' },
    { recipient: 'new@x.org', kind: 'email', status: 'failed', text: 'Failed: Your role does not allow this here (403).', message: 'Your role does not allow this here (403).' },
  ], explanation: 'Couldn\'t invite to acme: …' }, ACME);
  assert.equal(forTarget(answered, ACME.targetKey), answered, 'the same target lost its results');
  const moved = forTarget(answered, WEB.targetKey);
  assert.equal(moved.last, undefined, 'acme\'s results stayed on acme/web');
  assert.deepEqual(moved.chips.map((c) => [chipLabel(c), c.note]), [['dev+test@example.com', undefined], ['new@x.org', undefined]]);
  assert.equal(forTarget(moved, ACME.targetKey), moved, 'nothing to clear');
  assert.deepEqual(parseDraft(JSON.parse(JSON.stringify(answered))), answered, 'the saved draft loses what the results are about');
  const older = parseDraft({ ...answered, last: { results: answered.last?.results } });
  assert.deepEqual([older.chips.length, older.last], [2, undefined], 'a draft with unreadable results should keep its recipients and drop the results');
  assert.deepEqual(parseDraft({ chips: [{ kind: 'email', email: 'a@x.org', valid: true, note: { status: 'already', message: 'old' } }], typed: '', role: null, expiry: '' }).chips,
    [{ kind: 'email', email: 'a@x.org', valid: true }], 'an older version\'s draft lost its recipients');
});

test('recipients gathered for acme: another target asks first; kept, they are for it; cleared, the form is empty', () => {
  const draft = recipientsFor(addEmailText(EMPTY_DRAFT, 'a@x.org, b@x.org'), ACME);
  assert.equal(needsRetargetAnswer(draft, ACME.targetKey), undefined);
  assert.deepEqual(needsRetargetAnswer(draft, WEB.targetKey), ACME);
  assert.equal(needsRetargetAnswer(recipientsFor(draft, WEB), WEB.targetKey), undefined);
  const cleared = clearRecipients({ ...draft, typed: 'half' }, WEB);
  assert.deepEqual([cleared.chips.length, cleared.typed, needsRetargetAnswer(cleared, WEB.targetKey)], [0, '', undefined]);
  assert.deepEqual(parseDraft(JSON.parse(JSON.stringify(draft))).chipsFor, ACME, 'a reload forgets where the recipients were gathered');
});

test('a review holds for the send it was made for; ticks only on items that may be included', () => {
  const draft = addEmailText(EMPTY_DRAFT, 'maint@x.org, new@x.org');
  const signature = sendSignature(draft, ACME.targetKey, 30, undefined);
  const waiting = withPending(draft, { requestId: 5, ...ACME, signature });
  const items = [
    { key: 'email:maint@x.org', text: 'maint@x.org: Maintainer here: sending at Developer would change their role to Developer.', canInclude: true },
    { key: 'email:inh@x.org', text: 'inh@x.org: Maintainer through acme: GitLab refuses a lower role (Developer) here.', canInclude: false },
  ];
  const reviewed = withReview(waiting, items, undefined);
  assert.equal(reviewed.pending, undefined, 'the review did not end the send');
  assert.ok(reviewFor(reviewed, signature));
  assert.equal(reviewFor(reviewed, sendSignature(reviewed, ACME.targetKey, 20, undefined)), undefined, 'another role kept the review');
  assert.equal(reviewFor(reviewed, sendSignature(addEmailText(reviewed, 'c@x.org'), ACME.targetKey, 30, undefined)), undefined, 'another recipient kept it');
  const ticked = includeReviewed(includeReviewed(reviewed, 'email:maint@x.org', true), 'email:inh@x.org', true);
  assert.deepEqual(ticked.review?.include, ['email:maint@x.org'], 'an item GitLab would refuse was ticked');
  assert.deepEqual(includeReviewed(ticked, 'email:maint@x.org', false).review?.include, []);
  assert.deepEqual(parseDraft(JSON.parse(JSON.stringify(ticked))).review, ticked.review, 'the review is lost on reload');
});
