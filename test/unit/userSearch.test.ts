// The form's user search, both ends. Extension side (src/inviteForm/userSearch.ts through the form's dispatcher) with a
// fake GitLabApi: a search the webview cancels, or a newer one supersedes, has its abort signal fired and its
// late answer (or failure) dropped; only the newest is answered. Webview side (webview/suggestions.ts) under mock
// timers: keystrokes are debounced into one search, a newer one cancels the older, and a stale reply is ignored.
import './support/fakeVscode'; // first: makes require('vscode') return the fake
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { SourceContext } from '../../src/sources/sourceContext';
import type { GitLabApi } from '../../src/gitlab/api';
import { FormMessages } from '../../src/inviteForm/formMessages';
import type { FormTarget, FromWebview, ToWebview } from '../../src/shared/protocol';
import { UserSuggest } from '../../webview/suggestions';

interface Call {
  readonly query: string;
  readonly signal: AbortSignal;
  answer(users: Array<{ id: number; username: string; name: string; state: string }>): void;
  fail(error: Error): void;
}

function extensionSide() {
  const calls: Call[] = [];
  const api = {
    searchUsers: (query: string, _req: unknown, opts: { signal: AbortSignal }) => new Promise((resolve, reject) => calls.push({
      query, signal: opts.signal, answer: (items) => resolve({ items }), fail: reject,
    })),
  } as unknown as GitLabApi;
  const ctx = { session: { api }, source: { kind: 'group', id: 1, fullPath: 'acme' }, callerLevel: 50 } as unknown as SourceContext;
  const posted: ToWebview[] = [];
  const log = { info: () => undefined, warn: () => undefined, error: () => undefined, show: () => undefined };
  const messages = new FormMessages({ log: log as never, viewId: 'v', refresh: () => undefined },
    { current: () => ({ ctx, target: {} as FormTarget }), post: (m) => posted.push(m), ready: () => undefined });
  return { calls, posted, messages, handle: (m: FromWebview) => messages.handle(m) };
}

const user = (id: number, username: string, state = 'active') => ({ id, username, name: username.toUpperCase(), state });

describe('extension side: searches the webview no longer waits for', () => {
  test('cancelled by the webview: the signal fires and the late answer is dropped', async () => {
    const side = extensionSide();
    const first = side.handle({ type: 'searchUsers', requestId: 1, query: 'ma' });
    await side.handle({ type: 'cancelSearch', requestId: 1 });
    assert.equal(side.calls[0].signal.aborted, true, 'the cancelled search was not aborted');
    side.calls[0].answer([user(2, 'mallory')]);
    await first;
    assert.deepEqual(side.posted, [], 'a cancelled search was answered');
  });

  test('superseded by a newer search: the older is aborted even unasked; only the newest is answered', async () => {
    const side = extensionSide();
    const older = side.handle({ type: 'searchUsers', requestId: 1, query: 'ma' });
    const newer = side.handle({ type: 'searchUsers', requestId: 2, query: 'mal' });
    assert.deepEqual(side.calls.map((c) => [c.query, c.signal.aborted]), [['ma', true], ['mal', false]]);
    side.calls[1].answer([user(2, 'mallory'), user(3, 'malicious', 'blocked'), { ...user(4, 'long'), name: 'n'.repeat(300) }]);
    side.calls[0].answer([user(9, 'stale')]); // the older one answers last
    await Promise.all([older, newer]);
    assert.equal(side.posted.length, 1, `expected one reply, got ${JSON.stringify(side.posted)}`);
    const reply = side.posted[0];
    assert.ok(reply.type === 'searchResult' && reply.requestId === 2, 'the newest search was not the one answered');
    assert.deepEqual(reply.users.map((u) => u.username), ['mallory', 'long'], 'a blocked user was suggested');
    assert.equal(reply.users[1].name.length, 255, 'a name longer than the protocol allows was sent');
  });

  test('an aborted search that fails says nothing; a live one that fails says why', async () => {
    const side = extensionSide();
    const older = side.handle({ type: 'searchUsers', requestId: 1, query: 'ma' });
    const newer = side.handle({ type: 'searchUsers', requestId: 2, query: 'mal' });
    side.calls[0].fail(new Error('Cancelled.'));
    side.calls[1].fail(Object.assign(new Error('x'), { userMessage: 'GitLab had a server error (500). Try again later.' }));
    await Promise.all([older, newer]);
    assert.deepEqual(side.posted, [{ type: 'searchFailed', requestId: 2, error: 'GitLab had a server error (500). Try again later.' }]);
  });

  test('closing the form aborts what is still running', () => {
    const side = extensionSide();
    void side.handle({ type: 'searchUsers', requestId: 5, query: 'bob' });
    side.messages.dispose();
    assert.equal(side.calls[0].signal.aborted, true);
  });
});

/** Just enough of a DOM element for the suggestion list. */
class FakeElement {
  className = '';
  textContent = '';
  hidden = false;
  children: FakeElement[] = [];
  readonly attrs = new Map<string, string>();
  setAttribute(name: string, value: string): void { this.attrs.set(name, value); }
  removeAttribute(name: string): void { this.attrs.delete(name); }
  append(...nodes: FakeElement[]): void { this.children.push(...nodes); }
  replaceChildren(...nodes: FakeElement[]): void { this.children = nodes; }
  addEventListener(): void {}
}

describe('webview side: debounce, cancel, stale replies', () => {
  test('keystrokes within 250 ms make one search; a newer one cancels the older; a stale reply is ignored', (t) => {
    t.mock.timers.enable({ apis: ['setTimeout'] });
    const globals = globalThis as Record<string, unknown>;
    const saved = globals.document;
    globals.document = { createElement: () => new FakeElement() };
    t.after(() => { globals.document = saved; });
    const sent: FromWebview[] = [];
    const host = { post: (m: FromWebview) => sent.push(m), loadDraft: () => { throw new Error('unused'); }, saveDraft: () => undefined, onMessage: () => undefined };
    const list = new FakeElement();
    const suggest = new UserSuggest(host, new FakeElement() as unknown as HTMLInputElement, list as unknown as HTMLUListElement, () => undefined);

    suggest.query('m'); // too short
    for (const text of ['ma', 'mal', 'mall']) {
      suggest.query(text);
      t.mock.timers.tick(100);
    }
    assert.deepEqual(sent, [], 'a search went out before the typing paused');
    t.mock.timers.tick(150);
    assert.deepEqual(sent, [{ type: 'searchUsers', requestId: 1, query: 'mall' }]);

    suggest.query('malle');
    t.mock.timers.tick(250);
    assert.deepEqual(sent.slice(1), [{ type: 'cancelSearch', requestId: 1 }, { type: 'searchUsers', requestId: 2, query: 'malle' }]);

    suggest.receive({ type: 'searchResult', requestId: 1, users: [{ id: 9, username: 'stale', name: 'Stale' }] });
    assert.deepEqual(list.children.map((c) => c.textContent), ['Searching GitLab users…'], 'the stale reply was shown');
    suggest.receive({ type: 'searchResult', requestId: 2, users: [{ id: 2, username: 'mallory', name: 'Mallory' }] });
    assert.deepEqual(list.children.map((c) => c.children.map((s) => s.textContent)), [['Mallory', '@mallory']]);

    suggest.query('ann@example.com'); // an address: no search, nothing left to cancel
    t.mock.timers.tick(1_000);
    assert.equal(sent.length, 3);
    assert.equal(list.hidden, true);
  });
});
