// The invite form's draft: chips added from text and from user picks, results applied (invited ones leave, the
// others stay with GitLab's reason), and sending refused while an address is invalid.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { addEmailText, addUser, applyResults, chipLabel, EMPTY_DRAFT, recipientsToSend, removeChip } from '../../src/domain/inviteDraft';

const mallory = { id: 13, username: 'mallory', name: 'Mallory Moore' };

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

test('applyResults clears the invited and keeps the others with GitLab\'s reason', () => {
  const draft = addUser(addEmailText(EMPTY_DRAFT, 'new@x.org, Dev+Test@example.com, bad@x.org'), mallory);
  const after = applyResults(draft, { results: [
    { recipient: 'new@x.org', kind: 'email', status: 'invited' },
    { recipient: 'dev+test@example.com', kind: 'email', status: 'already', message: 'Invite email has already been taken' },
    { recipient: 'bad@x.org', kind: 'email', status: 'failed' },
    { recipient: 'mallory', kind: 'user', status: 'invited' },
  ] });
  assert.deepEqual(after.chips.map((c) => [chipLabel(c), c.note?.status, c.note?.message]), [
    ['Dev+Test@example.com', 'already', 'Invite email has already been taken'],
    ['bad@x.org', 'failed', 'GitLab did not say why.'],
  ]);
  assert.equal(after.last?.results.length, 4);
  assert.equal(after.last?.explanation, undefined);
  const refused = applyResults(after, { results: [{ recipient: 'bad@x.org', kind: 'email', status: 'failed', message: 'No (403).' }], explanation: 'Couldn\'t invite to acme: No (403).' });
  assert.deepEqual(refused.last, { results: [{ recipient: 'bad@x.org', kind: 'email', status: 'failed', message: 'No (403).' }], explanation: 'Couldn\'t invite to acme: No (403).' });
});
