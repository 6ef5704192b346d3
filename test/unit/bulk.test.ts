// Bulk actions without UI: which selected rows qualify, one request per row with partial failures kept, the
// concurrency bound, cancelling, and the sentences people read afterwards.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { mapLimited } from '../../src/shared/pool';
import { runBulk } from '../../src/bulk/bulkChanges';
import { runItems } from '../../src/bulk/runItems';
import { eligible, placesOf, targetLabel, type Selected, type SelectedPlace } from '../../src/bulk/selection';
import { lineOf, summarize } from '../../src/bulk/summary';
import type { GitLabApi } from '../../src/gitlab/api';
import type { Group, Invitation, Member, Project } from '../../src/gitlab/types';
import { clientFor, useEmulator } from './support/emulatorClient';

const emulator = useEmulator();
const acme: Group = { kind: 'group', id: 100, name: 'Acme', path: 'acme', fullPath: 'acme', fullName: 'Acme', parentId: null, webUrl: 'http://x/acme' };
const website: Project = {
  kind: 'project', id: 200, name: 'Website', path: 'website', fullPath: 'acme/website', fullName: 'Acme / Website',
  namespace: { id: 100, kind: 'group', fullPath: 'acme' }, webUrl: 'http://x/acme/website',
};
const owner: SelectedPlace = { accountKey: 'a', readOnly: false, source: acme, callerLevel: 50 };
const member = (id: number, username: string, over: Partial<Member> = {}): Member => ({
  id, username, name: username[0].toUpperCase() + username.slice(1), state: 'active', accessLevel: 30, expiresAt: null, membershipState: 'active', ...over,
});
const invitation = (email: string, accessLevel = 30): Invitation => ({ email, accessLevel, expiresAt: null });
const m = (place: SelectedPlace, mem: Member): Selected => ({ kind: 'member', place, member: mem });
const inv = (place: SelectedPlace, i: Invitation): Selected => ({ kind: 'invitation', place, invitation: i });

describe('which rows a bulk action takes', () => {
  const selection: Selected[] = [
    m(owner, member(4, 'carol')),
    m(owner, member(4, 'carol')),
    m(owner, member(2, 'alice', { inheritedFrom: { kind: 'group', fullPath: 'root' } })),
    inv(owner, invitation('x@example.com')),
    m({ ...owner, source: website, callerLevel: 40 }, member(1, 'boss', { accessLevel: 50 })),
    m({ ...owner, callerLevel: 30 }, member(3, 'bob')),
    m({ ...owner, readOnly: true }, member(5, 'dave')),
  ];

  test('remove: direct members the caller may manage, once each; the rest with a reason', () => {
    const { targets, skipped } = eligible('remove', selection);
    assert.deepEqual(targets.map(targetLabel), ['Carol (@carol) in acme']);
    assert.deepEqual(skipped.map((s) => `${targetLabel(s.target)}: ${s.reason}`), [
      'Alice (@alice) in acme: inherited from root: change it there',
      'x@example.com in acme: an invitation: use Revoke Selected Invitations',
      'Boss (@boss) in acme/website: your role in acme/website does not allow it',
      'Bob (@bob) in acme: your role in acme does not allow it',
      'Dave (@dave) in acme: this token is read-only',
    ]);
  });

  test('change role takes invitations too; revoke only invitations', () => {
    assert.deepEqual(eligible('changeRole', selection).targets.map(targetLabel), ['Carol (@carol) in acme', 'x@example.com in acme']);
    assert.deepEqual(eligible('revoke', selection).targets.map(targetLabel), ['x@example.com in acme']);
    assert.deepEqual(placesOf(selection).map((p) => p.source.fullPath), ['acme', 'acme/website']);
  });
});

describe('running against GitLab', () => {
  test('change role: done, already so, and a failure that leaves the rest done', async () => {
    const emu = emulator();
    const { api } = clientFor(emu);
    const targets = [m(owner, member(4, 'carol')), m(owner, member(3, 'bob', { accessLevel: 20 })), m(owner, member(999, 'ghost')),
      inv(owner, invitation('dev+test@example.com'))];
    const outcome = await runBulk(() => api, { action: 'changeRole', accessLevel: 20 }, targets);
    assert.deepEqual(outcome.results.map((r) => [targetLabel(r.item), r.status]), [
      ['Carol (@carol) in acme', 'done'], ['Ghost (@ghost) in acme', 'failed'], ['dev+test@example.com in acme', 'done'],
    ]);
    assert.deepEqual(outcome.skipped.map((s) => [targetLabel(s.target), s.reason]), [['Bob (@bob) in acme', 'already so']]);
    assert.equal(emu.state.members('acme').find((x) => x.username === 'carol')?.accessLevel, 20);
    assert.equal(emu.state.members('acme').find((x) => x.username === 'carol')?.expiresAt !== null, true, 'the expiry was lost');
    assert.equal(emu.state.invitations('acme').find((x) => x.email === 'dev+test@example.com')?.accessLevel, 20);
    const summary = summarize('Change role to Reporter', 'Changed the role of', ['row', 'rows'], [
      ...outcome.results.map((r) => lineOf(r, targetLabel)),
      ...outcome.skipped.map((s) => ({ label: targetLabel(s.target), result: 'skipped' as const, note: s.reason })),
    ]);
    assert.equal(summary.severity, 'warning');
    assert.match(summary.message, /^Changed the role of 2 rows\. 1 failed \(Ghost \(@ghost\) in acme: .+\)\. 1 skipped\.$/);
    assert.match(summary.report, /^Change role to Reporter: 2 done, 1 failed, 1 skipped\n\n✓ Carol/);
    assert.match(summary.report, /\n– Bob \(@bob\) in acme — skipped: already so\n/);
  });

  test('set and clear expiry keep the role; remove and revoke', async () => {
    const emu = emulator();
    const { api } = clientFor(emu);
    const dave = m({ ...owner, source: { ...acme, id: 101, fullPath: 'acme/platform' } }, member(5, 'dave'));
    await runBulk(() => api, { action: 'setExpiry', expiresAt: '2999-01-01' }, [dave]);
    assert.deepEqual(emu.state.members('acme/platform').filter((x) => x.username === 'dave').map((x) => [x.accessLevel, x.expiresAt]), [[30, '2999-01-01']]);
    const withExpiry = { ...dave, member: { ...(dave as { member: Member }).member, expiresAt: '2999-01-01' } } as Selected;
    await runBulk(() => api, { action: 'setExpiry', expiresAt: null }, [withExpiry]);
    assert.equal(emu.state.members('acme/platform').find((x) => x.username === 'dave')?.expiresAt, null);
    const removed = await runBulk(() => api, { action: 'remove' }, [dave]);
    assert.deepEqual(removed.results.map((r) => r.status), ['done']);
    assert.ok(!emu.state.members('acme/platform').some((x) => x.username === 'dave'));
    await runBulk(() => api, { action: 'revoke' }, [inv(owner, invitation('contractor@example.org'))]);
    assert.ok(!emu.state.invitations('acme').some((x) => x.email === 'contractor@example.org'));
  });
});

describe('the runner', () => {
  test('never more than the bound at once, results in order', async () => {
    let running = 0;
    let most = 0;
    const out = await mapLimited([5, 1, 4, 2, 3, 0], 2, async (ms) => {
      most = Math.max(most, ++running);
      await new Promise((r) => setTimeout(r, ms * 3));
      running--;
      return ms * 10;
    });
    assert.deepEqual(out, [50, 10, 40, 20, 30, 0]);
    assert.equal(most, 2);
  });

  test('cancel: items not started are cancelled, not failed', async () => {
    const abort = new AbortController();
    const results = await runItems([1, 2, 3, 4], async (n) => {
      if (n === 2) abort.abort();
      if (n === 3) throw new Error('boom');
    }, { concurrency: 1, signal: abort.signal });
    assert.deepEqual(results.map((r) => r.status), ['done', 'done', 'cancelled', 'cancelled']);
  });

  test('a failure does not stop the others and keeps its reason', async () => {
    const fake = { removeMember: async (_: unknown, id: number) => { if (id === 2) throw Object.assign(new Error('x'), { userMessage: 'GitLab says no.' }); } } as unknown as GitLabApi;
    const outcome = await runBulk(() => fake, { action: 'remove' }, [m(owner, member(1, 'a')), m(owner, member(2, 'b')), m(owner, member(3, 'c'))]);
    assert.deepEqual(outcome.results.map((r) => [r.status, r.error]), [['done', undefined], ['failed', 'GitLab says no.'], ['done', undefined]]);
  });
});
