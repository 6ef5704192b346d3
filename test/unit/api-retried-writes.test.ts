// PUT and DELETE outcomes: retried after the server did the work but the answer was lost (faults in the
// `after` phase), and GitLab's documented refusals.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { FaultKind } from '../emulator/server';
import { clientFor, seen, useEmulator } from './support/emulatorClient';

const emulator = useEmulator();
const LOST_ANSWERS: FaultKind[] = ['500', '502', '503', 'reset', 'timeout', 'malformed-json'];
// An attempt gives up after 1.5 s: long enough that a busy machine's slow answer (the run shares two cores with
// the workbench flows) is not taken for the injected hang, short enough that the 'timeout' cases stay quick.
const RETRY = { baseDelayMs: 2, maxDelayMs: 3_000, attemptTimeoutMs: 1_500 };

/** Runs `fn` with exactly one fault of `kind` after the server handled the first `method` request. */
async function withLostAnswer<T>(kind: FaultKind, method: string, fn: () => Promise<T>): Promise<T> {
  const emu = emulator();
  emu.resetStats();
  emu.setFaults({ rate: 1, kinds: [kind], phase: 'after', methods: [method], times: 1 });
  try {
    return await fn();
  } finally {
    emu.setFaults(undefined);
  }
}

describe('a DELETE whose answer was lost', () => {
  for (const kind of LOST_ANSWERS) {
    test(`removing a member after a lost answer (${kind}) succeeds; the retry's 404 means done`, async () => {
      const emu = emulator();
      const { api } = clientFor(emu, emu.tokens.api, { retry: RETRY });
      const user = emu.state.addUser({ username: `gone-${kind}` });
      emu.state.addMember('acme/design', user.id, 20);
      await withLostAnswer(kind, 'DELETE', () => api.removeMember({ kind: 'group', id: 'acme/design' }, user.id));
      assert.ok(!emu.state.members('acme/design').some((m) => m.userId === user.id), 'the member is gone');
      const deletes = emu.log.filter((e) => e.method === 'DELETE');
      assert.deepEqual(deletes.map((e) => e.fault ?? e.status), [kind, 404], 'one lost answer, then a 404');
    });

    test(`revoking an invitation after a lost answer (${kind}) succeeds`, async () => {
      const emu = emulator();
      const { api } = clientFor(emu, emu.tokens.api, { retry: RETRY });
      const email = `revoke-${kind}@example.org`;
      emu.state.addInvitation('acme/website', email, 30);
      await withLostAnswer(kind, 'DELETE', () => api.deleteInvitation({ kind: 'project', id: 'acme/website' }, email));
      assert.ok(!emu.state.invitations('acme/website').some((i) => i.email === email), 'the invitation is gone');
      assert.equal(seen(emu, 'DELETE').length, 2);
    });
  }

  test('a DELETE that finds nothing on its first attempt still says not found', async () => {
    const emu = emulator();
    const { api } = clientFor(emu, emu.tokens.api, { retry: RETRY });
    await assert.rejects(api.deleteInvitation({ kind: 'group', id: 'acme' }, 'never-invited@example.org'), (e: Error & { kind?: string }) => e.kind === 'not-found');
    await assert.rejects(api.removeMember({ kind: 'group', id: 'acme/design' }, 3), (e: Error & { kind?: string }) => e.kind === 'not-found');
  });

  test('a DELETE refused before any work (429, then 404) is not taken for done', async () => {
    const emu = emulator();
    const { api } = clientFor(emu, emu.tokens.api, { retry: RETRY });
    emu.setFaults({ rate: 1, kinds: ['429-retry-after'], phase: 'before', methods: ['DELETE'], times: 1 });
    try {
      await assert.rejects(api.removeMember({ kind: 'group', id: 'acme/design' }, 3), (e: Error & { kind?: string }) => e.kind === 'not-found');
    } finally {
      emu.setFaults(undefined);
    }
  });
});

describe('a DELETE GitLab refuses', () => {
  // The docs say 409; lib/api/invitations.rb calls unprocessable_entity! (invitations_spec.rb: "returns 422 for a
  // valid request if the resource was not destroyed").
  test('422, "valid but could not be deleted": a refusal with GitLab\'s words, the invitation stays, not retried', async () => {
    const emu = emulator();
    const { api } = clientFor(emu, emu.tokens.api, { retry: RETRY });
    emu.resetStats();
    const invitation = emu.state.addInvitation('acme/design', 'stuck@example.org', 30);
    invitation.undeletable = true;
    await assert.rejects(api.deleteInvitation({ kind: 'group', id: 'acme/design' }, 'stuck@example.org'), (e: Error & { kind?: string; status?: number }) => {
      assert.deepEqual([e.kind, e.status], ['bad-request', 422]);
      assert.equal(e.message, 'GitLab refused the request (422). GitLab said: 422 Unprocessable Entity');
      return true;
    });
    assert.ok(emu.state.invitations('acme/design').some((i) => i.email === 'stuck@example.org'));
    assert.equal(seen(emu, 'DELETE').length, 1, 'a 422 is an answer, not retried');
  });
});

describe('a PUT whose answer was lost', () => {
  for (const kind of LOST_ANSWERS) {
    test(`editing a member after a lost answer (${kind}) returns the member as changed`, async () => {
      const emu = emulator();
      const { api } = clientFor(emu, emu.tokens.api, { retry: RETRY });
      const user = emu.state.addUser({ username: `edit-${kind}` });
      emu.state.addMember('acme/platform', user.id, 20);
      const member = await withLostAnswer(kind, 'PUT', () =>
        api.editMember({ kind: 'group', id: 'acme/platform' }, user.id, { accessLevel: 30, expiresAt: '2099-06-30' }));
      assert.deepEqual([member.id, member.accessLevel, member.expiresAt], [user.id, 30, '2099-06-30']);
      const stored = emu.state.members('acme/platform').find((m) => m.userId === user.id);
      assert.deepEqual([stored?.accessLevel, stored?.expiresAt], [30, '2099-06-30']);
      assert.deepEqual(emu.log.filter((e) => e.method === 'PUT').map((e) => e.fault ?? e.status), [kind, 200]);
    });
  }

  test('editing an invitation after a lost answer changes it once, as asked', async () => {
    const emu = emulator();
    const { api } = clientFor(emu, emu.tokens.api, { retry: RETRY });
    emu.state.addInvitation('acme', 'put-lost@example.org', 30);
    await withLostAnswer('reset', 'PUT', () => api.editInvitation({ kind: 'group', id: 'acme' }, 'put-lost@example.org', { accessLevel: 20, expiresAt: '2099-01-15' }));
    const inv = emu.state.invitations('acme').find((i) => i.email === 'put-lost@example.org');
    assert.deepEqual([inv?.accessLevel, inv?.expiresAt], [20, '2099-01-15']);
    assert.equal(seen(emu, 'PUT').length, 2);
  });
});
