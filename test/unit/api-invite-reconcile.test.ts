// Inviting when GitLab's answer is lost: what arrived is found (invitations, and memberships for emails of
// existing users), never re-sent; who had access before is left out unless sent on purpose, and then counts as
// arrived only once they hold the role asked for.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { InviteOutcome } from '../../src/gitlab/types';
import { clientFor, useEmulator } from './support/emulatorClient';

const emulator = useEmulator();

async function inviteLosingFirstAnswer(phase: 'before' | 'after', source: { kind: 'group' | 'project'; id: string }, emails: string[], users: Array<{ id: number; username: string }> = [], sendExisting?: () => boolean) {
  const emu = emulator();
  const { api } = clientFor(emu);
  emu.resetStats();
  emu.setFaults({ rate: 1, kinds: ['502'], phase, methods: ['POST'], times: 1 });
  try {
    const outcomes = await api.invite(source, { emails, users, accessLevel: 20, ...(sendExisting ? { sendExisting } : {}) });
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
    test(`whoever had access before is left out unasked; sent on purpose, the change is confirmed, never doubled (502 ${phase} the work)`, async () => {
      const emu = emulator();
      const project = emu.state.createProject({ path: `reconcile-${phase}`, namespacePath: 'acme' }).fullPath;
      const longAgo = new Date(Date.now() - 86_400_000).toISOString();
      const source = emu.state.source(project);
      const seed = () => {
        emu.state.putInvitation(source, { email: 'pending@example.org', accessLevel: 30, expiresAt: null, createdAt: longAgo, createdById: 1, state: 'active', memberRoleId: null });
        for (const userId of [3, 12]) {
          emu.state.putMembership(source, { userId, accessLevel: 40, expiresAt: null, createdAt: longAgo, createdById: 1, state: 'active', memberRoleId: null });
        }
      };
      seed();
      const recipients = [['pending@example.org', 'bob@example.com', `fresh-${phase}@example.org`], [{ id: 12, username: 'judy' }]] as const;
      const unasked = await inviteLosingFirstAnswer(phase, { kind: 'project', id: project }, [...recipients[0]], [...recipients[1]]);
      assert.deepEqual(['pending@example.org', 'bob@example.com', 'judy'].map((r) => unasked.get(r)?.status), ['left', 'left', 'left']);
      assert.equal(unasked.get(`fresh-${phase}@example.org`)?.status, 'invited');
      assert.equal(emu.state.invitePostCount('pending@example.org'), 0, 'an invitation that was there was sent unasked');
      assert.equal(emu.state.invitations(project).find((i) => i.email === 'pending@example.org')?.accessLevel, 30, 'the old invitation changed');

      const onPurpose = await inviteLosingFirstAnswer(phase, { kind: 'project', id: project }, ['pending@example.org', 'bob@example.com'], [{ id: 12, username: 'judy' }], () => true);
      assert.deepEqual(['pending@example.org', 'bob@example.com', 'judy'].map((r) => onPurpose.get(r)?.status), ['updated', 'changed', 'changed']);
      assert.equal(emu.state.invitePostCount('pending@example.org'), phase === 'before' ? 2 : 1, 'sent again only when it had not arrived');
      assert.equal(emu.state.invitations(project).find((i) => i.email === 'pending@example.org')?.accessLevel, 20);
      assert.deepEqual(emu.state.members(project).filter((m) => m.userId === 12 || m.userId === 3).map((m) => m.accessLevel), [20, 20]);
    });
  }
});
