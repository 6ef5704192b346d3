// "Expiring Access" against the emulator's demo data: every source, soonest first, who may extend what, and
// extending by days or to a date with the role kept.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { daysUntil } from '../../src/domain/expiry';
import { collectExpiring, entryName, type ExpiringEntry } from '../../src/expiringAccess/collectExpiring';
import { checkExtendTo, extendedExpiry } from '../../src/expiringAccess/extendDate';
import { addDays } from '../../src/shared/dates';
import { extendAll, notExtendedTo, planExtension } from '../../src/expiringAccess/extendEntries';
import { expiringSummary } from '../../src/expiringAccess/expiringSummary';
import { clientFor, seen, useEmulator } from './support/emulatorClient';

const emulator = useEmulator();
const now = new Date();
const outsideBigOrg = (entries: readonly ExpiringEntry[]) => entries.filter((e) => e.source.fullPath !== 'big-org');

describe('collecting what expires', () => {
  test('within 30 days across the account, soonest first, an expired one included until GitLab\'s daily worker removes it', async () => {
    const emu = emulator();
    const { api } = clientFor(emu);
    // Expired since yesterday and not removed yet (the worker runs once a day: expiredWorker.ts).
    emu.state.addMember('acme/platform/infra', 'grace', 10, { expiresAt: addDays(now.toISOString().slice(0, 10), -1) });
    const result = await collectExpiring(api, { withinDays: 30, now });
    emu.state.removeMembership(emu.state.source('acme/platform/infra'), emu.state.userByUsername('grace')!.id);
    assert.deepEqual(outsideBigOrg(result.entries).map((e) => [entryName(e), e.source.fullPath, e.daysLeft]), [
      ['Grace Gómez', 'acme/platform/infra', -1],
      ['Erin Evans', 'acme/design', 1],
      ['Carol Chen', 'acme', 3],
      ['Dave Diaz', 'acme/platform', 6],
      ['contractor@example.org', 'acme', 20],
    ]);
    const dates = result.entries.map((e) => e.expiresAt);
    assert.deepEqual(dates, [...dates].sort(), 'not soonest first');
    const bigOrg = emu.state.members('big-org').filter((m) => m.expiresAt && (daysUntil(m.expiresAt, now) ?? 99) <= 30);
    assert.ok(bigOrg.length > 100);
    assert.equal(result.entries.filter((e) => e.source.fullPath === 'big-org').length, bigOrg.length);
    assert.equal(result.failures.length, 0);
  });

  test('a shorter window, and only what the caller may change is marked so', async () => {
    const emu = emulator();
    emu.state.addMember('partner-co', 'judy', 20, { expiresAt: addDays(now.toISOString().slice(0, 10), 2) });
    const { api } = clientFor(emu);
    emu.resetStats();
    const result = await collectExpiring(api, { withinDays: 5, now });
    const rows = outsideBigOrg(result.entries).map((e) => [entryName(e), e.canManage]);
    assert.deepEqual(rows, [['Erin Evans', true], ['Judy Jones', false], ['Carol Chen', true]]);
    const invitationRequests = seen(emu, 'GET').filter((r) => r.includes('/invitations'));
    assert.ok(!invitationRequests.some((r) => r.includes('/groups/120/')), 'asked for partner-co invitations as a Developer');
    assert.ok(invitationRequests.some((r) => r.includes('/groups/100/')), 'never asked for acme invitations');
    emu.state.removeMembership(emu.state.source('partner-co'), emu.state.userByUsername('judy')!.id);
  });

  test('a group share ending within the window is listed and never extended here; one without an end, or ending later, is not', async () => {
    // The place's shares: `shared_with_groups` of GET /groups/:id (lib/api/entities/group_detail.rb) and of GET
    // /projects/:id; lib/api/groups.rb and projects.rb only create (POST …/share) and delete a share: no API
    // changes its end date (emulator README, "Group shares").
    const emu = emulator();
    const today = now.toISOString().slice(0, 10);
    emu.state.share('acme/design', 'partner-co', 30, addDays(today, 4));
    emu.state.share('acme/platform', 'partner-co', 20, null);
    emu.state.share('acme/platform/infra', 'partner-co', 10, addDays(today, 45));
    try {
      const { api } = clientFor(emu);
      const result = await collectExpiring(api, { withinDays: 30, now });
      const shares = result.entries.filter((e) => e.kind === 'share');
      assert.deepEqual(shares.map((e) => [entryName(e), e.source.fullPath, e.daysLeft, e.canManage]), [['partner-co', 'acme/design', 4, false]]);
      assert.match(expiringSummary(30, [{ username: 'demo', result }]), / 1 group share ends within 30 days: to change its end date, remove it and invite the group again\./);
      emu.resetStats();
      const [tried] = await extendAll(api, planExtension(shares, { byDays: 30 }, now));
      assert.equal(tried.status, 'failed');
      assert.match(tried.error ?? '', /cannot change a share's end date/);
      assert.deepEqual(seen(emu), [], 'nothing sent');
    } finally {
      const partner = emu.state.groupByRef('partner-co')!;
      for (const path of ['acme/design', 'acme/platform', 'acme/platform/infra']) emu.state.removeShare(emu.state.source(path), partner.id);
    }
  });

  test('a place whose shares cannot be read keeps its expiring members and invitations, and the summary names it', async () => {
    const emu = emulator();
    emu.setFaults({ rate: 1, kinds: ['500'], methods: ['GET'], pathPattern: /^\/api\/v4\/groups\/100$/ }); // acme's own GET, every attempt
    try {
      const result = await collectExpiring(clientFor(emu).api, { withinDays: 30, now });
      assert.deepEqual(outsideBigOrg(result.entries).filter((e) => e.source.fullPath === 'acme').map(entryName), ['Carol Chen', 'contractor@example.org']);
      assert.deepEqual(result.failures.map((f) => f.source.fullPath), ['acme']);
      assert.match(expiringSummary(30, [{ username: 'demo', result }]), /Not checked: acme: its group shares were not read \(.*500.*\)\./);
    } finally {
      emu.setFaults(undefined);
    }
  });

  test('a read-only token may extend nothing', async () => {
    const { api } = clientFor(emulator(), emulator().tokens.readOnly);
    const result = await collectExpiring(api, { withinDays: 7, now, readOnly: true });
    assert.ok(result.entries.length > 0);
    assert.ok(result.entries.every((e) => !e.canManage));
  });
});

describe('the summary above the rows', () => {
  test('an account with more groups and projects than the scan visits: the view says where it stopped', async () => {
    const { api } = clientFor(emulator());
    const all = await collectExpiring(api, { withinDays: 30, now });
    assert.equal(all.truncated, false);
    const whole = expiringSummary(30, [{ username: 'demo', result: all }]);
    assert.match(whole, new RegExp(`^${all.entries.length} memberships and invitations expire within 30 days, soonest first \\(${all.searched} groups and projects\\)\\.$`));

    const cut = await collectExpiring(api, { withinDays: 30, now, limit: 3 });
    assert.deepEqual([cut.truncated, cut.searched], [true, 3]);
    assert.ok(all.searched > 3, `the demo account has only ${all.searched} groups and projects`);
    const summary = expiringSummary(30, [{ username: 'demo', result: cut }]);
    assert.match(summary, /\(3 groups and projects\)\. Stopped after the first 3 groups and projects: the rest were not checked\.$/);
    const two = expiringSummary(30, [{ username: 'demo', result: cut }, { username: 'other', result: all }, { username: 'gone', error: 'The token is no longer valid.' }]);
    assert.match(two, /Not checked: @gone: The token is no longer valid\. Stopped after the first 3 groups and projects of @demo: the rest were not checked\.$/);
  });
});

describe('extending', () => {
  test('new dates count from the expiry, or from today once it has passed', () => {
    const today = now.toISOString().slice(0, 10);
    assert.equal(extendedExpiry('2999-01-31', 30, now), '2999-03-02');
    assert.equal(extendedExpiry('2000-01-01', 30, now), addDays(today, 30));
    assert.equal(addDays('2024-02-28', 1), '2024-02-29');
    assert.deepEqual(checkExtendTo('', now), { ok: false, error: 'Type the new expiry date (YYYY-MM-DD).' });
    assert.equal(checkExtendTo('2000-01-01', now).ok, false);
    assert.deepEqual(checkExtendTo('2999-12-31', now), { ok: true, value: '2999-12-31' });
  });

  test('by 90 days and to a date, keeping roles; a failure is reported and the rest done', async () => {
    const emu = emulator();
    const { api } = clientFor(emu);
    const { entries } = await collectExpiring(api, { withinDays: 30, now });
    const [erin, carol, , contractor] = outsideBigOrg(entries);
    assert.equal(carol.kind, 'member');
    const ghost: ExpiringEntry = carol.kind === 'member' ? { ...carol, member: { ...carol.member, id: 424242 } } : carol;
    const by90 = planExtension([erin, carol, ghost], { byDays: 90 }, now);
    assert.equal(by90[0].newDate, addDays(erin.expiresAt, 90));
    assert.equal(by90[1].newDate, addDays(carol.expiresAt, 90));
    const results = await extendAll(api, [...by90, ...planExtension([contractor], { toDate: '2999-06-30' }, now)]);
    assert.deepEqual(results.map((r) => r.status), ['done', 'done', 'failed', 'done']);
    assert.match(results[2].error ?? '', /not found|no longer/i);
    const acme = emu.state.members('acme').find((m) => m.username === 'carol')!;
    assert.deepEqual([acme.accessLevel, acme.expiresAt], [30, by90[1].newDate]);
    const design = emu.state.members('acme/design').find((m) => m.username === 'erin')!;
    assert.deepEqual([design.accessLevel, design.expiresAt], [30, by90[0].newDate]);
    const invitation = emu.state.invitations('acme').find((i) => i.email === 'contractor@example.org')!;
    assert.deepEqual([invitation.accessLevel, invitation.expiresAt], [20, '2999-06-30']);
  });

  test('to a date never shortens: a later or equal expiry is left alone with the reason', async () => {
    const { api } = clientFor(emulator());
    const { entries } = await collectExpiring(api, { withinDays: 400, now });
    const [carol] = outsideBigOrg(entries);
    assert.ok(carol, 'nothing expires within 400 days');
    const current = carol.expiresAt.slice(0, 10);
    assert.equal(notExtendedTo(carol, addDays(current, 1)), undefined);
    assert.equal(notExtendedTo(carol, current), `already expires on ${current}`);
    assert.equal(notExtendedTo(carol, addDays(current, -1)), `already expires ${current}, after ${addDays(current, -1)}: not shortened`);
  });

  test('Cancel: what has not started is reported as cancelled, not as failed', async () => {
    const emu = emulator();
    const { api } = clientFor(emu);
    const { entries } = await collectExpiring(api, { withinDays: 400, now });
    const abort = new AbortController();
    abort.abort();
    const results = await extendAll(api, planExtension(outsideBigOrg(entries), { byDays: 30 }, now), { signal: abort.signal });
    assert.ok(results.length > 0);
    assert.deepEqual([...new Set(results.map((r) => r.status))], ['cancelled']);
  });
});
