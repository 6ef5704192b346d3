// A send answered while the form's view is hidden (its page dropped, the post lost): the extension keeps the
// reply and posts it again when the next page says, in `ready`, which send it still waits for; a page waiting
// for a send this extension host never saw is told the answer was lost. The page keeps that id in its draft.
import './support/fakeVscode'; // first: makes require('vscode') return the fake
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { SourceContext } from '../../src/sources/sourceContext';
import { applyResults, EMPTY_DRAFT, withPending } from '../../webview/inviteDraft';
import type { GitLabApi } from '../../src/gitlab/api';
import type { InviteOutcome } from '../../src/gitlab/types';
import { FormMessages, type FormHost } from '../../src/inviteForm/formMessages';
import { InviteReplies, lostReply } from '../../src/inviteForm/inviteReplies';
import type { FormTarget, ToWebview } from '../../src/shared/protocol';
import { parseDraft } from '../../webview/draftState';

const TARGET: FormTarget = {
  key: 'k|group:100', kind: 'group', fullPath: 'acme', name: 'Acme', account: '@demo', roles: [{ level: 10, name: 'Guest' }], defaultRole: 10, minExpiry: '2000-01-01',
};
const invite = (requestId: number) => ({ type: 'invite', requestId, targetKey: TARGET.key, emails: ['a@x.org'], users: [], accessLevel: 10, expiresAt: null } as const);

/** A form whose GitLab answers when the test says, and whose page can be "hidden" (posts dropped). */
function form() {
  // GitLab's answer, given by the test whether or not the invite has reached the API yet (a review runs first).
  let resolveInvite: ((outcomes: InviteOutcome[]) => void) | undefined;
  let early: InviteOutcome[] | undefined;
  const answer = (outcomes: InviteOutcome[]) => (resolveInvite ? resolveInvite(outcomes) : (early = outcomes));
  const api = {
    checkInvitees: async () => new Map(), serverVersion: async () => '17.0.0',
    invite: () => new Promise<InviteOutcome[]>((resolve) => (early ? resolve(early) : (resolveInvite = resolve))),
  } as unknown as GitLabApi;
  const ctx = { session: { api, key: 'k', readOnly: false }, source: { kind: 'group', id: 100, fullPath: 'acme' }, callerLevel: 50 } as unknown as SourceContext;
  const page = { hidden: false, received: [] as ToWebview[], dropped: [] as ToWebview[], readies: 0 };
  const host: FormHost = {
    current: () => ({ ctx, target: TARGET }),
    post: (m) => (page.hidden ? page.dropped : page.received).push(m),
    ready: () => { page.readies++; },
  };
  const log = { info: () => undefined, warn: () => undefined, error: () => undefined, show: () => undefined };
  const messages = new FormMessages({ log: log as never, viewId: 'v', refresh: () => undefined }, host);
  return { messages, page, answer };
}

test('a reply posted while the view is hidden reaches the next page, once it says it waits for it', async () => {
  const { messages, page, answer } = form();
  const sending = messages.handle(invite(41));
  page.hidden = true;
  await messages.handle({ type: 'ready', pendingInvite: 41 }); // shown again before GitLab answered: nothing yet
  assert.deepEqual(page.received, []);
  answer([{ recipient: 'a@x.org', kind: 'email', status: 'invited' }]);
  await sending;
  assert.equal(page.dropped.length, 1, 'the reply was not posted');
  page.hidden = false;
  await messages.handle({ type: 'ready', pendingInvite: 41 });
  assert.deepEqual(page.received, page.dropped, 'the kept reply was not replayed');
  assert.equal(page.readies, 2, 'the target was not sent to each new page');
  await messages.handle({ type: 'ready' });
  assert.equal(page.received.length, 1, 'a page that waits for nothing got a reply');
});

test('a page waiting for a send this host never saw (the window reloaded) is told the answer was lost', () => {
  const replies = new InviteReplies();
  assert.deepEqual(replies.forReady(7), { type: 'inviteFailed', requestId: 7, error: lostReply() });
  replies.started(8);
  assert.equal(replies.forReady(8), undefined, 'a send still at GitLab was reported lost');
  replies.finished({ type: 'inviteFailed', requestId: 8, error: 'no' });
  assert.deepEqual(replies.forReady(8), { type: 'inviteFailed', requestId: 8, error: 'no' });
  assert.equal(replies.forReady(undefined), undefined);
});

test('the page keeps the pending send in its saved draft, and the answer clears it', () => {
  const sent = { requestId: 1_700_000_000_001, targetKey: TARGET.key, fullPath: 'acme' };
  const waiting = withPending(EMPTY_DRAFT, sent);
  const saved = parseDraft(JSON.parse(JSON.stringify(waiting)));
  assert.deepEqual(saved.pending, sent, 'a reloaded page forgets which send it waits for');
  const answered = applyResults(saved, { results: [{ recipient: 'a@x.org', kind: 'email', status: 'invited', text: 'Invited' }] }, sent);
  assert.equal('pending' in answered, false);
  assert.equal('pending' in withPending(waiting, undefined), false);
});
