// The invite form's message boundary under fuzzing (issue 6): thousands of random and malformed messages from a
// seeded PRNG, in both directions. Extension side: the real inbox (receiveFormMessage) and dispatcher
// (FormMessages) with a fake GitLabApi that records every call: nothing throws, nothing reaches the API, every
// refusal is logged. Webview side: the real createHost() with fake DOM globals: nothing reaches the form's handler
// and every refusal is reported to the extension as a valid `problem` message.
import { vscodeCalls } from './support/fakeVscode'; // first: makes require('vscode') return the fake
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { SourceContext } from '../../src/sources/sourceContext';
import type { GitLabApi } from '../../src/gitlab/api';
import { receiveFormMessage } from '../../src/inviteForm/formInbox';
import { FormMessages, type FormHost } from '../../src/inviteForm/formMessages';
import { LIMITS, type FormTarget, type FromWebview, type ToWebview } from '../../src/shared/protocol';
import { parseFromWebview } from '../../src/shared/protocolSchema';
import { createHost } from '../../webview/host';
import { prng, type Rng } from './support/prng';

const ROUNDS = 5_000;


const PROTO_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__'];
const ODD_STRINGS = ['', ' ', '\u0000', '\u202Eevil', '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '${7*7}', '{{7*7}}',
  '../../etc/passwd', 'glpat-xxxxxxxxxxxxxxxxxxxx', '\uD800', 'a'.repeat(70_000), 'null', 'undefined', '[object Object]'];

function randomString(rng: Rng): string {
  switch (rng.int(4)) {
    case 0: return rng.pick(ODD_STRINGS);
    case 1: return rng.pick(PROTO_KEYS);
    case 2: return String.fromCharCode(...Array.from({ length: rng.int(40) }, () => rng.int(0x10000)));
    default: return 'x'.repeat(rng.pick([0, 1, 255, 256, 320, 321, 1000, 4001, 100_000]));
  }
}

/** Any JSON-ish value, nested up to `depth`. */
function randomValue(rng: Rng, depth = 3): unknown {
  const kind = rng.int(depth > 0 ? 10 : 7);
  switch (kind) {
    case 0: return null;
    case 1: return undefined;
    case 2: return rng.next() < 0.5;
    case 3: return rng.pick([0, -1, 1.5, NaN, Infinity, -Infinity, 2 ** 53, -(2 ** 63), 1e308, rng.int(1e9)]);
    case 4: case 5: return randomString(rng);
    case 6: return rng.pick([[], {}, Object.create(null), new Date(0), /re/]);
    case 7: return Array.from({ length: rng.int(5) }, () => randomValue(rng, depth - 1));
    default: return randomObject(rng, depth - 1);
  }
}

function randomObject(rng: Rng, depth: number): Record<string, unknown> {
  // JSON.parse makes `__proto__` an own key, as a structured-clone'd webview message could.
  const out = JSON.parse('{}') as Record<string, unknown>;
  for (let i = rng.int(5); i > 0; i--) Object.defineProperty(out, rng.next() < 0.3 ? rng.pick(PROTO_KEYS) : randomString(rng), {
    value: randomValue(rng, depth), enumerable: true, configurable: true, writable: true,
  });
  return out;
}

/** A copy of `base` with one own key set to `value` (defineProperty: `__proto__` becomes a real key). */
function withKey(base: object, key: string, value: unknown): Record<string, unknown> {
  const out = { ...base } as Record<string, unknown>;
  Object.defineProperty(out, key, { value, enumerable: true, configurable: true, writable: true });
  return out;
}

/**
 * Malformed messages by construction: non-objects, unknown types, a valid message with an extra key, with a field
 * missing, or with a field replaced by a value its schema refuses. Every one must be refused.
 */
function malformed(rng: Rng, valid: readonly object[], invalidFields: Readonly<Record<string, readonly unknown[]>>): unknown {
  const base = rng.pick(valid) as Record<string, unknown>;
  switch (rng.int(7)) {
    case 0: return rng.pick([null, undefined, 0, 1, true, 'ready', '{"type":"ready"}', [base], [], NaN]);
    case 1: return withKey(randomObject(rng, 2), 'type', rng.next() < 0.5 ? rng.pick(PROTO_KEYS) : randomValue(rng, 1));
    case 2: return withKey(base, rng.next() < 0.5 ? rng.pick(PROTO_KEYS) : `extra${rng.int(100)}`, randomValue(rng, 2));
    case 3: {
      const fields = Object.keys(base).filter((k) => k !== 'type' && base[k] !== null);
      if (!fields.length) return withKey(base, rng.pick(PROTO_KEYS), randomValue(rng, 1));
      const out = { ...base };
      delete out[rng.pick(fields)];
      return out;
    }
    case 4: return withKey(base, 'type', rng.pick(['READY', ' ready', 'invite ', 'searchusers', ...PROTO_KEYS]));
    default: {
      const fields = Object.keys(base).filter((k) => k !== 'type' && invalidFields[k]);
      if (!fields.length) return withKey(base, rng.pick(PROTO_KEYS), randomValue(rng, 1));
      const field = rng.pick(fields);
      return withKey(base, field, rng.pick(invalidFields[field]));
    }
  }
}

const badIds = [-1, 1.5, '1', null, NaN, Infinity, 2 ** 60, {}, [], true];
const TARGET: FormTarget = {
  key: 'https://gitlab.test#1|group:103', kind: 'group', fullPath: 'acme/design', name: 'Design', account: '@demo on gitlab.test',
  roles: [{ level: 10, name: 'Guest' }, { level: 30, name: 'Developer' }], defaultRole: 10, minExpiry: '2026-11-23',
};
const hit = { id: 17, username: 'hostile-script', name: '<script>alert(1)</script>' };

const validFromWebview: FromWebview[] = [
  { type: 'ready' },
  { type: 'searchUsers', requestId: 1, query: 'hostile' },
  { type: 'cancelSearch', requestId: 1 },
  { type: 'invite', requestId: 2, targetKey: TARGET.key, emails: ['a@example.com'], users: [hit], accessLevel: 30, expiresAt: '2099-01-01' },
  { type: 'chooseTarget' },
  { type: 'showLogs' },
  { type: 'problem', text: 'CSP blocked style-src' },
];
const invalidFromWebview: Record<string, readonly unknown[]> = {
  requestId: badIds,
  query: ['q'.repeat(LIMITS.query + 1), 5, null, ['x'], { toString: 'x' }],
  targetKey: ['', 'k'.repeat(1001), 7, null],
  emails: ['a@example.com', [''], [5], ['e'.repeat(LIMITS.emailLength + 1)], Array(LIMITS.recipients + 1).fill('a@b.co'), [null], {}],
  users: [[{ ...hit, id: 0 }], [{ ...hit, username: '' }], [{ ...hit, name: 'n'.repeat(256) }], [{ ...hit, admin: true }], [hit.username],
    [JSON.parse('{"id":1,"username":"u","name":"n","__proto__":{"polluted":true}}')], Array(LIMITS.recipients + 1).fill(hit)],
  accessLevel: [-1, 1001, 30.5, '30', null, [30]],
  expiresAt: ['2099-1-1', '', 'tomorrow', 20990101, '2099-01-01T00:00:00Z', '2099-01-01 ', undefined],
  text: ['t'.repeat(LIMITS.text + 1), 42, null, ['x']],
};

const validToWebview: ToWebview[] = [
  { type: 'target', target: TARGET },
  { type: 'target', target: null },
  { type: 'focusRecipients' },
  { type: 'searchResult', requestId: 1, users: [hit] },
  { type: 'searchFailed', requestId: 1, error: 'timeout' },
  { type: 'inviteResult', requestId: 2, results: [{ recipient: 'a@example.com', kind: 'email', status: 'invited', text: 'Invited' }] },
  { type: 'inviteFailed', requestId: 2, error: 'nope' },
];
const invalidToWebview: Record<string, readonly unknown[]> = {
  requestId: badIds,
  target: [{ ...TARGET, key: '' }, { ...TARGET, kind: 'user' }, { ...TARGET, roles: [{ level: -1, name: 'x' }] }, { ...TARGET, minExpiry: 'soon' },
    { ...TARGET, token: 'glpat-x' }, { ...TARGET, notice: 5 }, 'acme', [], undefined],
  users: [[{ ...hit, id: -3 }], [{ ...hit, name: 7 }], Array(LIMITS.searchResults + 1).fill(hit), [hit, null], 'x'],
  error: ['e'.repeat(LIMITS.text + 1), null, 404, {}],
  results: [[{ recipient: 'a', kind: 'email', status: 'pwned' }], [{ recipient: 'a', kind: 'group', status: 'invited' }],
    [{ recipient: 'a', kind: 'email', status: 'invited', html: '<b>x</b>' }], [{ recipient: 5, kind: 'email', status: 'failed' }], null],
};

/** A GitLabApi whose every method records the call (and fails): the fuzz must leave `calls` empty. */
function recordingApi() {
  const calls: string[] = [];
  const api = new Proxy({}, {
    get: (_target, prop) => (prop === 'then' ? undefined : (...args: unknown[]) => {
      calls.push(`${String(prop)}(${args.length})`);
      return Promise.reject(new Error('the fuzz reached the API'));
    }),
  }) as GitLabApi;
  return { api, calls };
}

function extensionSide() {
  const { api, calls } = recordingApi();
  const logs = { info: [] as string[], warn: [] as string[], error: [] as string[], shown: 0 };
  const log = {
    info: (m: string) => logs.info.push(m),
    warn: (m: string) => logs.warn.push(m),
    error: (m: string) => logs.error.push(m),
    show: () => { logs.shown++; },
  };
  const posted: ToWebview[] = [];
  let readies = 0;
  const ctx = {
    session: { api, key: 'https://gitlab.test#1', readOnly: false, account: { username: 'demo', instanceUrl: 'https://gitlab.test' } },
    source: { kind: 'group', id: 103, fullPath: 'acme/design', name: 'Design', path: 'design', fullName: 'Acme / Design', parentId: 100, webUrl: '' },
    callerLevel: 50,
  } as unknown as SourceContext;
  const host: FormHost = { current: () => ({ ctx, target: TARGET }), post: (m) => posted.push(m), ready: () => { readies++; } };
  const refreshed: string[] = [];
  const messages = new FormMessages({ log: log as never, viewId: 'gitlabMembers.inviteForm', refresh: (c) => refreshed.push(c.source.fullPath) }, host);
  const receive = (raw: unknown) => receiveFormMessage(raw, log, (m) => messages.handle(m));
  return { calls, logs, posted, receive, refreshed, readies: () => readies };
}

describe('extension side: the invite form\'s inbox and dispatcher', () => {
  test('a valid search does reach the (recording) API: the fake is wired', async () => {
    const side = extensionSide();
    await side.receive({ type: 'searchUsers', requestId: 1, query: 'hostile' });
    assert.deepEqual(side.calls, ['searchUsers(3)']);
    assert.equal(side.posted[0]?.type, 'searchFailed');
  });

  test(`${ROUNDS} malformed messages: never a throw, never an API call, every refusal logged`, async () => {
    const side = extensionSide();
    const rng = prng(0x5eed);
    const before = vscodeCalls.length;
    for (let i = 0; i < ROUNDS; i++) {
      const raw = i % 2 ? malformed(rng, validFromWebview, invalidFromWebview) : randomValue(rng);
      const checked = parseFromWebview(raw);
      assert.equal(checked.ok, false, `round ${i} was accepted: ${JSON.stringify(raw)?.slice(0, 300)}`);
      let pending: Promise<void> | undefined;
      assert.doesNotThrow(() => { pending = side.receive(raw); }, `round ${i}`);
      assert.equal(pending, undefined, `round ${i} reached the handler`);
      assert.equal(side.logs.warn.length, i + 1, `round ${i} was not logged`);
      assert.match(side.logs.warn[i], /^refused a malformed webview message: /);
      assert.ok(side.logs.warn[i].length < 400, 'a refusal logged the whole payload');
    }
    assert.deepEqual(side.calls, [], 'the API was called');
    assert.deepEqual([side.posted, side.logs.error, side.refreshed, side.readies(), side.logs.shown], [[], [], [], 0, 0]);
    assert.equal(vscodeCalls.length, before, `vscode was used: ${vscodeCalls.slice(before).join(', ')}`);
    assert.equal(({} as Record<string, unknown>).polluted, undefined, 'Object.prototype was polluted');
  });

  test('well-formed invites that must not be sent are refused before any request', async () => {
    const side = extensionSide();
    const rng = prng(0xbad);
    const base = validFromWebview[3] as Extract<FromWebview, { type: 'invite' }>;
    const refused: FromWebview[] = [];
    for (let i = 0; i < 1_000; i++) {
      const variant = rng.int(4);
      refused.push({
        ...base,
        requestId: i,
        ...(variant === 0 ? { targetKey: rng.pick(['other', `${TARGET.key} `, 'https://gitlab.test#1|group:100', randomString(rng).slice(0, 900) || 'k']) } : {}),
        ...(variant === 1 ? { accessLevel: rng.pick([0, 5, 20, 40, 50, 60, 1000]) } : {}),
        ...(variant === 2 ? { expiresAt: rng.pick(['2020-01-01', '1969-12-31', '2026-02-30', '2099-13-01', '2099-00-10', '0000-00-00', new Date().toISOString().slice(0, 10)]) } : {}),
        ...(variant === 3 ? { emails: [], users: [] } : {}),
      });
    }
    for (const message of refused) {
      assert.equal(parseFromWebview(message).ok, true, 'the schema should let it through: this tests the next check');
      await side.receive(message);
    }
    assert.deepEqual(side.calls, [], 'the API was called');
    assert.equal(side.posted.length, refused.length);
    assert.ok(side.posted.every((m) => m.type === 'inviteFailed'), 'an invite that must not be sent was not refused');
    assert.deepEqual(side.logs.error, []);
  });
});

describe('webview side: the host\'s validator', () => {
  test(`${ROUNDS} malformed messages: none reaches the form, each is reported as a valid problem`, (t) => {
    const sent: unknown[] = [];
    let listener: ((event: { data: unknown }) => void) | undefined;
    const globals = globalThis as Record<string, unknown>;
    const saved = { acquireVsCodeApi: globals.acquireVsCodeApi, document: globals.document, window: globals.window };
    globals.acquireVsCodeApi = () => ({ postMessage: (m: unknown) => sent.push(m), getState: () => undefined, setState: () => undefined });
    globals.document = { addEventListener: () => undefined };
    globals.window = { addEventListener: (type: string, fn: typeof listener) => { if (type === 'message') listener = fn; } };
    t.mock.method(console, 'warn', () => undefined);
    try {
      const handled: ToWebview[] = [];
      createHost().onMessage((m) => handled.push(m));
      assert.ok(listener, 'the host did not listen for messages');
      for (const message of validToWebview) listener({ data: message });
      assert.equal(handled.length, validToWebview.length, 'a valid message was refused');
      handled.length = 0;
      const rng = prng(0xf00d);
      for (let i = 0; i < ROUNDS; i++) {
        const raw = i % 2 ? malformed(rng, validToWebview, invalidToWebview) : randomValue(rng);
        assert.doesNotThrow(() => listener!({ data: raw }), `round ${i}`);
        assert.equal(handled.length, 0, `round ${i} reached the form: ${JSON.stringify(raw)?.slice(0, 300)}`);
        assert.equal(sent.length, i + 1, `round ${i} was not reported`);
        const report = parseFromWebview(sent[i]);
        assert.ok(report.ok && report.value.type === 'problem', `round ${i}: the report is not a valid problem message`);
      }
      assert.equal(({} as Record<string, unknown>).polluted, undefined, 'Object.prototype was polluted');
    } finally {
      Object.assign(globals, saved);
    }
  });
});
