// Load All as the user meets it (real HTTP): the folder already shows its first page, so Load All goes on from
// page 2 (with totals, the first wave of 8 at once) instead of asking for page 1 again, and still ends with
// every row once. Without totals (GitLab above 10,000 rows) it goes on from page 2 the same way.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import type { AccountSession } from '../../src/accounts/sessions';
import { MembersFolderNode } from '../../src/tree/membersFolderNode';
import type { TreeNode } from '../../src/tree/node';
import { TreeModel } from '../../src/tree/treeModel';
import { startEmulator } from '../emulator/server';
import { clientFor } from './support/emulatorClient';

const memberPage = (path: string) => Number(/[?&]page=(\d+)/.exec(path)?.[1] ?? '1');

async function shownFolder(groupLabel: string, setup?: (emu: Awaited<ReturnType<typeof startEmulator>>) => void, latencyMs = 0) {
  const emu = await startEmulator({ port: 0, latencyMs });
  setup?.(emu);
  const { api } = clientFor(emu);
  const account = { instanceUrl: emu.url, userId: 1, username: 'demo', name: 'Demo Owner', scopes: ['api'] };
  const session: AccountSession = { account, key: `${emu.url}#1`, readOnly: false, api, hasToken: async () => true };
  const env = { now: () => new Date(), warningDays: () => 7, showInherited: () => false, pins: () => [] };
  const tree = new TreeModel(() => [session], env, () => undefined);
  const label = (n: TreeNode) => String(n.item().label);
  const group = (await tree.children()).find((n) => label(n) === groupLabel)!;
  const folder = (await tree.children(group)).find((n): n is MembersFolderNode => n instanceof MembersFolderNode)!;
  const shown = (await tree.children(folder)).filter((n) => n.id.includes('/member:'));
  return { emu, tree, folder, shown };
}

test('12,500 members without totals: Load All goes on from page 2, every row once', async () => {
  const { emu, folder, shown } = await shownFolder('Big Org');
  try {
    assert.equal(shown.length, 100);
    const mark = emu.log.length;
    await folder.loadAll(new AbortController().signal);
    const pages = emu.log.slice(mark).filter((e) => e.method === 'GET' && /\/groups\/[^/]+\/members\?/.test(e.path)).map((e) => memberPage(e.path));
    assert.ok(!pages.includes(1), 'page 1 was asked for again');
    assert.equal(Math.min(...pages), 2);
    assert.equal(new Set(folder.loaded().map((n) => n.id)).size, 12_500);
    assert.equal(folder.loaded().length, 12_500);
  } finally {
    await emu.close();
  }
});

test('5,000 members with totals: the first wave (pages 2-9) goes out before any answer, page 1 is not asked again', async () => {
  // Some latency, so "before any answer" is about the client, not about how fast loopback answers (the in-process
  // emulator works out each GET's answer on arrival: 8 of them must fit well inside it on a busy machine).
  const { emu, folder, shown } = await shownFolder('Bench 5000', (e) => {
    e.state.createGroup({ path: 'bench-5000', name: 'Bench 5000', memberCount: 5_000 });
  }, 100);
  try {
    assert.equal(shown.length, 100);
    const mark = emu.log.length;
    await folder.loadAll(new AbortController().signal);
    const requests = emu.log.slice(mark).filter((e) => e.method === 'GET' && /\/members\?/.test(e.path));
    const pages = requests.map((e) => memberPage(e.path));
    assert.deepEqual([...pages].sort((a, b) => a - b), Array.from({ length: 49 }, (_, i) => i + 2));
    const firstAnswer = Math.min(...requests.map((e) => e.endedAt));
    const wave = requests.filter((e) => e.startedAt < firstAnswer).map((e) => memberPage(e.path)).sort((a, b) => a - b);
    assert.deepEqual(wave, [2, 3, 4, 5, 6, 7, 8, 9]);
    assert.equal(folder.loaded().length, 5_000);
  } finally {
    await emu.close();
  }
});
