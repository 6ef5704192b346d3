// Sending the invite form when GitLab refuses the whole request: the real API layer against the emulator turns a
// 403 (or a server error) into one "failed" per recipient; the form's reply and the notification say why once
// (for a 403, what the caller's role allows here) and the notification offers "Show Logs", which opens the log.
import { notificationAnswers, vscodeCalls } from './support/fakeVscode'; // first: makes require('vscode') return the fake
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { SourceContext } from '../../src/sources/sourceContext';
import { explainRefusal } from '../../src/domain/inviteRefusal';
import type { Group } from '../../src/gitlab/types';
import { submitInvite, type InviteRequestMessage } from '../../src/inviteForm/inviteSubmit';
import type { FormTarget } from '../../src/shared/protocol';
import { clientFor, useEmulator } from './support/emulatorClient';

const emulator = useEmulator({ seed: 'demo' });

const group = (id: number, path: string): Group => ({ kind: 'group', id, name: path, path, fullPath: path, fullName: path, parentId: null, webUrl: '' });
const target = (key: string): FormTarget => ({
  key, kind: 'group', fullPath: 'x', name: 'x', account: '@demo', roles: [{ level: 10, name: 'Guest' }], defaultRole: 10, minExpiry: '2000-01-01',
});
const request = (key: string, emails: string[]): InviteRequestMessage => ({ type: 'invite', requestId: 7, targetKey: key, emails, users: [], accessLevel: 10, expiresAt: null });

function env() {
  const logs = { shown: 0, lines: [] as string[] };
  const log = {
    info: (m: string) => logs.lines.push(m), warn: (m: string) => logs.lines.push(`warn ${m}`), error: (m: string) => logs.lines.push(`error ${m}`),
    show: () => { logs.shown++; },
  };
  const refreshed: string[] = [];
  return { logs, refreshed, env: { log: log as never, viewId: 'gitlabMembers.inviteForm', refresh: (c: SourceContext) => refreshed.push(c.source.fullPath) } };
}

function contextFor(source: Group, callerLevel: number, token?: string): SourceContext {
  const { api } = clientFor(emulator(), token);
  return { session: { api, key: 'k', readOnly: false }, source, callerLevel } as unknown as SourceContext;
}

/** Lets the notification's `.then` run. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('a whole invite refused by GitLab', () => {
  test('a 403 on partner-co (the caller is Developer): explained with the role, once, before anything is sent', async () => {
    const { env: e, logs, refreshed } = env();
    const before = vscodeCalls.length;
    notificationAnswers.push('Show Logs');
    const reply = await submitInvite(e, contextFor(group(120, 'partner-co'), 30), target('pc'), request('pc', ['a@example.com', 'b@example.com']));
    assert.equal(reply.type, 'inviteFailed');
    if (reply.type !== 'inviteFailed') return;
    // The review reads partner-co's invitations first, which a Developer may not (lib/api/invitations.rb: authorize_admin_source!).
    assert.equal(reply.error, "Couldn't invite to partner-co: Your role does not allow this here (403). GitLab said: 403 Forbidden. "
      + 'You are Developer in partner-co; managing members of a group needs the Owner role.');
    await settle();
    assert.deepEqual(vscodeCalls.slice(before), ['withProgress', `error ${reply.error} [Show Logs]`]);
    assert.equal(logs.shown, 1, '"Show Logs" did not open the log');
    assert.deepEqual(refreshed, ['partner-co']);
    assert.equal(emulator().state.invitePostCount('a@example.com'), 0, 'a POST went out');
  });

  test('a server error on every attempt: said once for the request, with "Show Logs"', async (t) => {
    emulator().setFaults({ rate: 1, kinds: ['500'], methods: ['POST'], pathPattern: /\/invitations$/ });
    t.after(() => emulator().setFaults(undefined));
    const { env: e } = env();
    const before = vscodeCalls.length;
    notificationAnswers.push(undefined);
    const reply = await submitInvite(e, contextFor(group(100, 'acme'), 50), target('acme'), request('acme', ['c@example.com', 'd@example.com']));
    assert.ok(reply.type === 'inviteResult' && reply.results.every((r) => r.status === 'failed'));
    assert.match(reply.explanation ?? '', /^Couldn't invite to acme: GitLab had a server error \(500\)/);
    assert.doesNotMatch(reply.explanation ?? '', /You are/, 'an Owner was told about roles');
    await settle();
    assert.match(vscodeCalls.slice(before).join('\n'), /^error Couldn't invite to acme: GitLab had a server error.* Nobody was invited; they stay in the form\. \[Show Logs\]$/m);
  });
});

describe('nobody who has access is sent unasked', () => {
  test('a pending invitation among the recipients: the first send only reviews; the reviewed send leaves it out', async () => {
    const { env: e } = env();
    const first = await submitInvite(e, contextFor(group(100, 'acme'), 50), target('acme'), request('acme', ['dev+test@example.com', 'fresh@example.com']));
    assert.equal(first.type, 'inviteReview');
    if (first.type !== 'inviteReview') return;
    assert.deepEqual(first.items, [{ key: 'email:dev+test@example.com', text: 'dev+test@example.com: Invited here as Developer: sending would update the invitation to Guest.', canInclude: true }]);
    assert.equal(emulator().state.invitePostCount('fresh@example.com'), 0, 'the review sent something');
    const before = vscodeCalls.length;
    const second = await submitInvite(e, contextFor(group(100, 'acme'), 50), target('acme'), { ...request('acme', ['dev+test@example.com', 'fresh@example.com']), reviewed: true, include: [] });
    assert.ok(second.type === 'inviteResult');
    assert.equal(second.explanation, undefined);
    assert.deepEqual(second.results.map((r) => [r.recipient, r.status, r.text]), [
      ['dev+test@example.com', 'left', 'Left out: invited here as Developer; not sent'],
      ['fresh@example.com', 'invited', 'Invited'],
    ]);
    assert.equal(emulator().state.invitations('acme').find((i) => i.email === 'dev+test@example.com')?.accessLevel, 30, 'the invitation changed');
    // A webview that ticks what the review did not offer (alice: Maintainer in acme, refused below) gets nothing sent for it.
    const forged = await submitInvite(e, contextFor(group(101, 'acme/platform'), 50), target('p'), {
      ...request('p', []), users: [{ id: 2, username: 'alice', name: 'Alice' }], reviewed: true,
      include: [{ key: 'user:alice', text: '@alice: Maintainer through acme: GitLab refuses a lower role (Guest) here.' }],
    });
    assert.ok(forged.type === 'inviteResult');
    assert.deepEqual(forged.results.map((r) => [r.recipient, r.status]), [['alice', 'left']]);
    await settle();
    assert.match(vscodeCalls.slice(before).join('\n'), /^info acme: 1 invited, 1 left out \(dev\+test@example\.com: Left out: invited here as Developer; not sent\)\.$/m);
  });
});

describe('explainRefusal', () => {
  const place = { kind: 'project' as const, fullPath: 'acme/web', callerLevel: 30 as const };
  const failed = (recipient: string, message?: string) => ({ recipient, kind: 'email' as const, status: 'failed' as const, text: `Failed: ${message}`, ...(message ? { message } : {}) });

  test('a 403 among the failures is explained with the role, even when other batches went through', () => {
    assert.equal(explainRefusal([{ recipient: 'ok@x.org', kind: 'email', status: 'invited', text: 'Invited' }, failed('a@x.org', 'Your role does not allow this here (403).')], place),
      "Couldn't invite to acme/web: Your role does not allow this here (403). You are Developer in acme/web; managing members of a project needs the Maintainer or Owner role.");
  });

  test('per-recipient answers, a single failure, or failures without a reason: nothing to add', () => {
    assert.equal(explainRefusal([failed('a@x.org', 'Email is invalid'), failed('b@x.org', 'Email is blocked')], place), undefined);
    assert.equal(explainRefusal([failed('a@x.org', 'Email is invalid')], place), undefined);
    assert.equal(explainRefusal([failed('a@x.org'), failed('b@x.org')], place), undefined);
    assert.equal(explainRefusal([{ recipient: 'a@x.org', kind: 'email', status: 'already', text: 'Already there: taken', message: 'taken' }], place), undefined);
  });
});
