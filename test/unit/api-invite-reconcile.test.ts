// Inviting when GitLab's answer is lost: what arrived is found (invitations, and memberships for emails of
// existing users), never re-sent, and what was there before the request is "already", not "invited".
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { InviteOutcome } from '../../src/gitlab/types';
import { clientFor, useEmulator } from './support/emulatorClient';

const emulator = useEmulator();

async function inviteLosingFirstAnswer(phase: 'before' | 'after', source: { kind: 'group' | 'project'; id: string }, emails: string[], users: Array<{ id: number; username: string }> = []) {
  const emu = emulator();
  const { api } = clientFor(emu);
  emu.resetStats();
  emu.setFaults({ rate: 1, kinds: ['502'], phase, methods: ['POST'], times: 1 });
  try {
    const outcomes = await api.invite(source, { emails, users, accessLevel: 20 });
    return new Map<string, InviteOutcome>(outcomes.map((o) => [o.recipient, o]));
  } finally {
    emu.setFaults(undefined);
  }
}

describe('invite after a lost answer', () => {
  test('an email of an existing user became a membership: found, reported invited, not re-sent', async () => {
    const emu = emulator();
    const outcomes = await inviteLosingFirstAnswer('after', { kind: 'group', id: 'acme/design' }, ['heidi@example.com', 'brand-new@example.org']);
    assert.deepEqual([...outcomes.values()].map((o) => [o.recipient, o.status]), [['heidi@example.com', 'invited'], ['brand-new@example.org', 'invited']]);
    assert.match(outcomes.get('heidi@example.com')?.message ?? '', /Confirmed on the server/);
    assert.equal(emu.state.invitePostCount('heidi@example.com'), 1, 'not sent again');
    assert.ok(emu.state.members('acme/design').some((m) => m.username === 'heidi'), 'GitLab made heidi a member');
    assert.equal(emu.state.successfulInvites('heidi@example.com'), 1);
  });

  for (const phase of ['before', 'after'] as const) {
    test(`whoever was invited or a member before the request is "already" (502 ${phase} the work)`, async () => {
      const emu = emulator();
      const project = emu.state.createProject({ path: `reconcile-${phase}`, namespacePath: 'acme' }).fullPath;
      const longAgo = new Date(Date.now() - 86_400_000).toISOString();
      const source = emu.state.source(project);
      emu.state.putInvitation(source, { email: 'pending@example.org', accessLevel: 30, expiresAt: null, createdAt: longAgo, createdById: 1, state: 'active', memberRoleId: null });
      for (const userId of [3, 2]) {
        emu.state.putMembership(source, { userId, accessLevel: 30, expiresAt: null, createdAt: longAgo, createdById: 1, state: 'active', memberRoleId: null });
      }
      const outcomes = await inviteLosingFirstAnswer(phase, { kind: 'project', id: project },
        ['pending@example.org', 'bob@example.com', `fresh-${phase}@example.org`], [{ id: 2, username: 'alice' }]);
      assert.equal(outcomes.get('pending@example.org')?.status, 'already');
      assert.match(outcomes.get('pending@example.org')?.message ?? '', /invited before this request/);
      assert.equal(outcomes.get('bob@example.com')?.status, 'already', 'bob@example.com is a member since yesterday');
      assert.match(outcomes.get('bob@example.com')?.message ?? '', /member before this request/);
      assert.equal(outcomes.get('alice')?.status, 'already');
      assert.equal(outcomes.get(`fresh-${phase}@example.org`)?.status, 'invited');
      assert.equal(emu.state.invitePostCount(`fresh-${phase}@example.org`), phase === 'before' ? 2 : 1, 'sent again only when it had not arrived');
      assert.equal(emu.state.successfulInvites(`fresh-${phase}@example.org`), 1);
      assert.equal(emu.state.invitations(project).find((i) => i.email === 'pending@example.org')?.accessLevel, 30, 'the old invitation is untouched');
    });
  }
});
