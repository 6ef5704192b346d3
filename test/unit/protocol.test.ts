// The webview protocol: every well-formed message passes, malformed and unknown ones are refused with a reason,
// and no input whatsoever makes the validators throw.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import type { FromWebview, ToWebview } from '../../src/shared/protocol';
import { parseFromWebview, parseToWebview } from '../../src/shared/protocolSchema';
import { draftSchema } from '../../webview/draftSchema';

const target = {
  key: 'https://gitlab.test#1|group:100', kind: 'group', fullPath: 'acme', name: 'Acme', account: '@demo on gitlab.test',
  roles: [{ level: 10, name: 'Guest' }], defaultRole: 10, minExpiry: '2026-11-23',
} as const;

const fromWebview: FromWebview[] = [
  { type: 'ready' },
  { type: 'ready', pendingInvite: 1_700_000_000_000 },
  { type: 'searchUsers', requestId: 1, query: 'mall' },
  { type: 'cancelSearch', requestId: 1 },
  { type: 'invite', requestId: 2, targetKey: target.key, emails: ['a@x.org'], users: [{ id: 13, username: 'mallory', name: 'Mallory' }], accessLevel: 30, expiresAt: '2027-01-01' },
  { type: 'invite', requestId: 3, targetKey: target.key, emails: [], users: [], accessLevel: 10, expiresAt: null },
  { type: 'invite', requestId: 4, targetKey: target.key, emails: ['a@x.org'], users: [], accessLevel: 20, expiresAt: null, memberRoleId: 1 },
  { type: 'chooseTarget' },
  { type: 'showLogs' },
  { type: 'problem', text: 'CSP blocked style-src' },
];

const toWebview: ToWebview[] = [
  { type: 'target', target },
  { type: 'target', target: { ...target, notice: 'You are Developer here' } },
  { type: 'target', target: { ...target, roles: [...target.roles, { level: 20, name: 'Security auditor (custom, based on Reporter)', memberRoleId: 1 }] } },
  { type: 'target', target: null },
  { type: 'searchResult', requestId: 1, users: [{ id: 9, username: 'xss', name: '<img src=x onerror=alert(1)>' }] },
  { type: 'searchFailed', requestId: 1, error: 'timeout' },
  { type: 'inviteResult', requestId: 2, results: [{ recipient: 'a@x.org', kind: 'email', status: 'changed', text: 'Role changed from Maintainer to Developer' }], note: 'careful' },
  { type: 'inviteReview', requestId: 4, items: [{ key: 'email:a@x.org', text: 'a@x.org: Maintainer here: sending at Developer would change their role to Developer.', canInclude: true }] },
  { type: 'inviteResult', requestId: 3, results: [{ recipient: 'a@x.org', kind: 'email', status: 'failed', text: 'Failed: No (403).', message: 'No (403).' }], explanation: "Couldn't invite to acme: No (403)." },
  { type: 'inviteFailed', requestId: 2, error: 'nope' },
];

test('every well-formed message passes, unchanged', () => {
  for (const message of fromWebview) assert.deepEqual(parseFromWebview(message), { ok: true, value: message });
  for (const message of toWebview) assert.deepEqual(parseToWebview(message), { ok: true, value: message });
});

/** The first invite above: the invite-field cases below change one field of it (and nothing else). */
const invite = fromWebview.find((message) => message.type === 'invite')!;

const refused: Array<[string, unknown]> = [
  ['not an object', 'ready'],
  ['null', null],
  ['an array', [{ type: 'ready' }]],
  ['no type', { requestId: 1 }],
  ['an unknown type', { type: 'deleteEverything' }],
  ['a prototype key as type', { type: 'toString' }],
  ['an extra field', { type: 'ready', token: 'glpat-x' }],
  ['a missing field', { type: 'searchUsers', query: 'x' }],
  ['a string id', { type: 'cancelSearch', requestId: '1' }],
  ['a negative id', { type: 'cancelSearch', requestId: -1 }],
  ['a fractional id', { type: 'cancelSearch', requestId: 1.5 }],
  ['a string pending invite', { type: 'ready', pendingInvite: '3' }],
  ['a huge query', { type: 'searchUsers', requestId: 1, query: 'x'.repeat(201) }],
];

test('malformed and unknown messages from the webview are refused with a reason', () => {
  for (const [what, message] of refused) {
    const result = parseFromWebview(message);
    assert.equal(result.ok, false, `accepted ${what}`);
    if (!result.ok) assert.ok(result.error.length > 0, `no reason for ${what}`);
  }
});

/** A valid invite with one field made bad: refused for that field, not for something else about the message. */
const badInviteFields: Array<[string, Record<string, unknown>]> = [
  ['a bad date', { expiresAt: 'tomorrow' }],
  ['an empty email', { emails: [''] }],
  ['a user without id', { users: [{ username: 'u', name: 'n' }] }],
  ['too many recipients', { emails: Array.from({ length: 1001 }, (_, i) => `${i}@x.org`) }],
  ['an absent level', { accessLevel: undefined }],
];

test('an invite with one bad field is refused, naming that field', () => {
  assert.deepEqual(parseFromWebview(invite), { ok: true, value: invite });
  for (const [what, change] of badInviteFields) {
    const result = parseFromWebview({ ...invite, ...change });
    assert.equal(result.ok, false, `accepted ${what}`);
    const field = Object.keys(change)[0];
    if (!result.ok) assert.match(result.error, new RegExp(`^message\\(invite\\)\\.${field}\\b`), `${what}: refused for another reason (${result.error})`);
  }
});

test('a refusal inside a nested choice names where it sits (the draft\'s third chip, not just "email")', () => {
  const chips = [{ kind: 'email', email: 'a@x.org', valid: true }, { kind: 'email', email: 'b@x.org', valid: true }, { kind: 'email', email: 7, valid: true }];
  const checked = draftSchema({ chips, typed: '', role: null, expiry: '' }, 'draft');
  assert.equal(checked.ok, false);
  if (!checked.ok) assert.match(checked.error, /^draft\.chips\[2\]\(email\)\.email: not a string/);
});

test('malformed messages to the webview are refused too', () => {
  assert.equal(parseToWebview({ type: 'target', target: { ...target, kind: 'namespace' } }).ok, false);
  assert.equal(parseToWebview({ type: 'inviteResult', requestId: 1, results: [{ recipient: 'a', kind: 'email', status: 'maybe' }] }).ok, false);
  assert.equal(parseToWebview({ type: 'searchResult', requestId: 1, users: 'all' }).ok, false);
  assert.equal(parseToWebview({ type: 'ready' }).ok, false, 'a webview-to-extension message accepted the other way');
});

test('validators never throw, whatever they are given', () => {
  const hostile = [
    undefined, 0, NaN, Symbol('x'), () => 1, new Proxy({}, { get: () => { throw new Error('trap'); }, ownKeys: () => { throw new Error('trap'); } }),
    Object.create(null), { type: { toString: () => 'ready' } }, { type: 'invite', emails: new Array(5) }, { type: 'target', target: [] },
    { __proto__: { type: 'ready' } }, JSON.parse('{"type":"ready","__proto__":{"x":1}}'),
  ];
  for (const value of hostile) {
    assert.doesNotThrow(() => parseFromWebview(value));
    assert.doesNotThrow(() => parseToWebview(value));
    const result = parseFromWebview(value);
    if (result.ok) assert.deepEqual(result.value, { type: 'ready' }, 'only a plain "ready" may come out of these');
  }
});
