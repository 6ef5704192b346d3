// The Seats folder over the real API client and the emulator (EE rules in test/emulator/billing.ts, from
// ee/lib/ee/api/members.rb): who sees it, dormant seats first and marked, a seat's memberships, the filter, what
// Community Edition shows; and the wait for GitLab's background removal (ee/app/workers/members/prune_deletions_worker.rb).
import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { awaitSeatRemoval } from '../../src/seats/awaitSeatRemoval';
import type { PagedFolderNode } from '../../src/tree/pagedFolder';
import type { TreeNode } from '../../src/tree/node';
import { startEmulator } from '../emulator/server';
import { clientFor, useEmulator } from './support/emulatorClient';
import { emulatorTree, label, open } from './support/emulatorTree';

const emulator = useEmulator({ memberDeletionDelayMs: 60_000 });

test('Seats: only on a top-level group the caller owns; least active first, dormant ones marked', async () => {
  const tree = emulatorTree(emulator().url, clientFor(emulator()).api);
  assert.ok((await open(tree, 'Acme')).some((n) => label(n) === 'Seats'));
  assert.ok(!(await open(tree, 'Acme', 'Platform')).some((n) => label(n) === 'Seats'), 'not on a subgroup');
  // demo is Developer of partner-co: no seats there.
  assert.ok(!(await open(tree, 'Partner Co')).some((n) => label(n) === 'Seats'));
  const seats = await open(tree, 'Acme', 'Seats');
  assert.deepEqual(seats.slice(0, 3).map(label), ['Bob Brown', 'Ivan Ivanov', 'Dave Diaz']);
  const bob = seats[0].item();
  assert.match(bob.description ?? '', /^@bob · active 200 days ago$/);
  assert.equal(bob.icon?.color, 'list.warningForeground', 'idle 90 days or more');
  assert.equal(bob.contextValue, 'seat;removable;canManage');
  const demo = seats.find((n) => label(n) === 'Demo Owner')!.item();
  assert.equal(demo.contextValue, 'seat;removable;lastOwner', 'GitLab keeps the only Owner: nothing to offer');
  assert.equal(demo.icon?.color, undefined);
  const folder = (await open(tree, 'Acme')).find((n) => label(n) === 'Seats')!;
  assert.match(folder.item().description ?? '', /^13 · least active first$/);
});

test('a seat opens to its memberships in the hierarchy, and through a share', async () => {
  const emu = emulator();
  emu.state.addMember('partner-co', 'judy', 30);
  emu.state.shareProject('acme/website', 'partner-co');
  const tree = emulatorTree(emu.url, clientFor(emu).api);
  const rows = await open(tree, 'Acme', 'Seats', 'Judy Jones');
  assert.deepEqual(rows.map((n) => [label(n), n.item().description, n.item().contextValue]), [
    ['Acme / Platform / Infra', 'Reporter', 'seatMembership'],
    ['Partner Co', 'Developer · through a share with this group', 'seatMembership;share'],
  ]);
});

test('the Seats filter is GitLab\'s search', async () => {
  const tree = emulatorTree(emulator().url, clientFor(emulator()).api);
  const folder = (await open(tree, 'Acme')).find((n) => label(n) === 'Seats') as unknown as PagedFolderNode<TreeNode>;
  folder.setQuery('hostile');
  assert.deepEqual((await tree.children(folder)).map(label).length, 3);
  folder.setQuery('nobody-like-this');
  assert.deepEqual((await tree.children(folder)).map(label), ['No seats match "nobody-like-this"']);
});

test('Community Edition: the Seats folder says why there are none', async () => {
  const ce = await startEmulator({ port: 0, instance: { edition: 'ce' } });
  try {
    const tree = emulatorTree(ce.url, clientFor(ce).api);
    const acme = await open(tree, 'Acme');
    const seats = acme.find((n) => label(n) === 'Seats')!;
    const rows = await tree.children(seats);
    assert.equal(rows.length, 1);
    assert.match(label(rows[0]), /Enterprise Edition/);
    assert.equal(seats.item().description, 'not on this server');
  } finally {
    await ce.close();
  }
});

test('awaiting a removal: asks again until GitLab\'s worker has run, and says what is left otherwise', async () => {
  const emu = emulator();
  const { api } = clientFor(emu);
  const dave = emu.state.userByUsername('dave')!;
  await api.removeBillableMember('acme', dave.id);
  let checks = 0;
  const state = await awaitSeatRemoval(api, 'acme', dave.id, {
    // The worker runs while the extension waits: the wait is where time passes.
    wait: async () => void (checks++ === 1 && emu.runMemberDeletions()),
  });
  assert.deepEqual([state.done, state.left, checks], [true, [], 2]);

  const judy = emu.state.userByUsername('judy')!;
  let clock = 0;
  const timedOut = await awaitSeatRemoval(api, 'acme', judy.id, { timeoutMs: 10_000, now: () => clock, wait: async (ms) => void (clock += ms) });
  assert.equal(timedOut.done, false);
  assert.deepEqual(timedOut.left.map((m) => m.sourceFullName), ['Acme / Platform / Infra'], 'nothing was scheduled: it stays');
});
