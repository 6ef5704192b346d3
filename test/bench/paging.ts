// gitbeaker's own sequential `.all()` against this extension's pager, side by side on the same emulator.
import { GroupMembers } from '@gitbeaker/rest';
import type { AccountSession } from '../../src/accounts/sessions';
import { createGitLabClient } from '../../src/gitlab/client';
import type { TreeNode } from '../../src/tree/node';
import { TreeModel } from '../../src/tree/treeModel';
import type { RemoteEmulator } from './remoteEmulator';
import { atLeast, atMost, type Figure } from './report';
import { sequentialRoundTrips } from './roundTrips';

interface Run { ms: number; rows: number; requests: number; roundTrips: number; maxInFlight: number }

async function measure(emu: RemoteEmulator, load: () => Promise<unknown[]>): Promise<Run> {
  await emu.resetStats();
  const started = performance.now();
  const rows = await load();
  const ms = performance.now() - started;
  const log = await emu.log();
  return { ms, rows: rows.length, requests: log.length, roundTrips: sequentialRoundTrips(log), maxInFlight: await emu.maxInFlight() };
}

/** Runs per side, alternating, so one slow moment of the machine does not decide the ratio. */
const RUNS = 5;

/** The median run by wall time; round trips and in-flight as the worst seen in any run. */
function summarize(runs: Run[]): Run {
  const sorted = [...runs].sort((a, b) => a.ms - b.ms);
  const median = sorted[Math.floor(sorted.length / 2)];
  return { ...median, roundTrips: Math.max(...runs.map((r) => r.roundTrips)), maxInFlight: Math.max(...runs.map((r) => r.maxInFlight)) };
}

const client = (emu: RemoteEmulator) => createGitLabClient({ instanceUrl: emu.url, token: emu.token, maxConcurrentRequests: 8 });

/** Targets for the pager from scratch and for Load All after the first page is shown (the tree's real flow). */
export interface PagingTargets {
  readonly speed: number;
  readonly trips?: number;
  readonly shownSpeed: number;
  /** Most round trips for Load All after the first page; default: fewer than the pager from scratch. */
  readonly shownTrips?: number;
}

export async function comparePaging(emu: RemoteEmulator, label: string, groupPath: string, expected: number, targets: PagingTargets): Promise<Figure[]> {
  const gitbeaker = new GroupMembers({ host: emu.url, token: emu.token });
  const ours = client(emu);
  const group = await ours.getGroup(groupPath);
  const baseRuns: Run[] = [];
  const mineRuns: Run[] = [];
  const shownRuns: Run[] = [];
  for (let i = 0; i < RUNS; i++) {
    baseRuns.push(await measure(emu, () => gitbeaker.all(groupPath, { perPage: 100 }) as Promise<unknown[]>));
    mineRuns.push(await measure(emu, () => ours.allMembers(group)));
    // The tree's flow: the folder shows page 1 (set-up, not timed), then Load All goes on from page 2.
    const first = await ours.listMembers(group, { page: 1, perPage: 100 });
    const resume = { rows: first.items, pages: 1, last: first };
    shownRuns.push(await measure(emu, () => ours.allMembers(group, {}, { resume })));
  }
  const wrong = [...baseRuns, ...mineRuns, ...shownRuns].find((r) => r.rows !== expected);
  if (wrong) throw new Error(`${label}: expected ${expected} rows, a run gave ${wrong.rows}`);
  const base = summarize(baseRuns);
  const mine = summarize(mineRuns);
  const shown = summarize(shownRuns);
  const { speed: speedTarget, trips: tripTarget } = targets;
  return [
    { name: `${label} rows`, value: mine.rows, unit: 'members' },
    { name: `${label} gitbeaker .all() wall time (median of ${RUNS})`, value: Math.round(base.ms), unit: 'ms' },
    { name: `${label} gitbeaker .all() sequential round trips`, value: base.roundTrips, unit: 'round trips' },
    { name: `${label} gitbeaker .all() most in flight`, value: base.maxInFlight, unit: 'requests' },
    { name: `${label} pager wall time (median of ${RUNS})`, value: Math.round(mine.ms), unit: 'ms' },
    { name: `${label} pager requests`, value: mine.requests, unit: 'requests' },
    { name: `${label} pager sequential round trips (most in any run)`, value: mine.roundTrips, unit: 'round trips', target: tripTarget === undefined ? undefined : atMost(tripTarget) },
    { name: `${label} pager most in flight (any run)`, value: mine.maxInFlight, unit: 'requests', target: atMost(8) },
    { name: `${label} speed-up vs gitbeaker (median / median)`, value: base.ms / mine.ms, unit: 'x', target: atLeast(speedTarget) },
    { name: `${label} Load All after the first page is shown, wall time (median of ${RUNS})`, value: Math.round(shown.ms), unit: 'ms' },
    { name: `${label} Load All after the first page is shown, requests`, value: shown.requests, unit: 'requests' },
    { name: `${label} Load All after the first page is shown, sequential round trips (most in any run)`, value: shown.roundTrips, unit: 'round trips', target: atMost(targets.shownTrips ?? mine.roundTrips - 1) },
    { name: `${label} Load All after the first page is shown, most in flight (any run)`, value: shown.maxInFlight, unit: 'requests', target: atMost(8) },
    { name: `${label} Load All after the first page is shown, speed-up vs gitbeaker .all()`, value: base.ms / shown.ms, unit: 'x', target: atLeast(targets.shownSpeed) },
  ];
}

/**
 * Expanding big-org in the tree (the model the view shows, in plain Node) until its Members folder has its
 * first page of rows: wall time and round trips. Listing the account's groups before that is set-up.
 */
export async function firstPage(emu: RemoteEmulator): Promise<Figure[]> {
  const api = client(emu);
  const me = await api.currentUser();
  const account = { instanceUrl: emu.url, userId: me.id, username: me.username, name: me.name, scopes: ['api'] };
  const session: AccountSession = { account, key: `${emu.url}#${me.id}`, readOnly: false, api, hasToken: async () => true };
  const env = { now: () => new Date(), warningDays: () => 7, showInherited: () => false, pins: () => [] };
  const tree = new TreeModel(() => [session], env, () => undefined);
  const label = (n: TreeNode) => n.item().label;
  const bigOrg = (await tree.children()).find((n) => label(n) === 'Big Org');
  if (!bigOrg) throw new Error('first page: no Big Org row');
  await new Promise((r) => setTimeout(r, 200)); // the rows' own role look-ups are set-up too
  await emu.resetStats();
  const started = performance.now();
  const members = (await tree.children(bigOrg)).find((n) => label(n) === 'Members');
  const rows = members ? await tree.children(members) : [];
  const ms = performance.now() - started;
  if (rows.length < 100) throw new Error(`first page: ${rows.length} rows under Big Org › Members`);
  return [
    { name: 'first page on expanding Big Org › Members, wall time', value: Math.round(ms), unit: 'ms' },
    { name: 'first page on expanding Big Org › Members, sequential round trips', value: sequentialRoundTrips(await emu.log()), unit: 'round trips', target: atMost(1) },
  ];
}

export async function inviteRequests(emu: RemoteEmulator): Promise<Figure[]> {
  const ours = client(emu);
  const emails = Array.from({ length: 250 }, (_, i) => `bench${i}@example.net`);
  await emu.resetStats();
  const outcomes = await ours.invite({ kind: 'group', id: 'acme/design' }, { emails, accessLevel: 30 });
  if (outcomes.filter((o) => o.status === 'invited').length !== 250) throw new Error('bench invite: not all 250 invited');
  // Before sending, who already has access is looked up (GitLab would change their role): the pending invitations
  // once, and each email as a user (GitLab has no look-up of several emails at once).
  const log = await emu.log();
  return [
    { name: 'POSTs to invite 250 emails', value: log.filter((e) => e.method === 'POST').length, unit: 'requests', target: atMost(3) },
    { name: 'look-ups before inviting 250 emails (who already has access)', value: log.filter((e) => e.method === 'GET').length, unit: 'requests', target: atMost(250 + 5) },
  ];
}
