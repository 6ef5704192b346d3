// The server going away while the tree loads everything (real HTTP): the folder keeps exactly the rows the
// server sent, and says why the rest is missing on a row with Retry.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import type { AccountSession } from '../../src/accounts/sessions';
import { MembersFolderNode } from '../../src/tree/membersFolderNode';
import type { TreeNode } from '../../src/tree/node';
import { TreeModel } from '../../src/tree/treeModel';
import { startEmulator } from '../emulator/server';
import { clientFor, FAST_RETRY } from './support/emulatorClient';

test('GitLab going away during Load All: the rows it sent, then an error row with Retry', async () => {
  const emu = await startEmulator({ port: 0, latencyMs: 30 });
  try {
    const { api } = clientFor(emu, emu.tokens.api, { retry: { ...FAST_RETRY, maxAttempts: 2 } });
    const account = { instanceUrl: emu.url, userId: 1, username: 'demo', name: 'Demo Owner', scopes: ['api'] };
    const session: AccountSession = { account, key: `${emu.url}#1`, readOnly: false, api, hasToken: async () => true };
    const env = { now: () => new Date(), warningDays: () => 7, showInherited: () => false, pins: () => [] };
    const tree = new TreeModel(() => [session], env, () => undefined);
    const label = (n: TreeNode) => String(n.item().label);
    const bigOrg = (await tree.children()).find((n) => label(n) === 'Big Org')!;
    const folder = (await tree.children(bigOrg)).find((n): n is MembersFolderNode => n instanceof MembersFolderNode)!;
    const firstPage = (await tree.children(folder)).filter((n) => n.id.includes('/member:')).map((n) => n.id);
    assert.equal(firstPage.length, 100);

    const loading = folder.loadAll(new AbortController().signal);
    setTimeout(() => void emu.close(), 120);
    await assert.rejects(loading, (e: Error & { kind?: string }) => e.kind === 'network');

    const rows = await tree.children(folder);
    const members = rows.filter((n) => n.id.includes('/member:')).map((n) => n.id);
    assert.deepEqual(members, firstPage, 'rows the server did not send in full are not shown');
    const error = rows.find((n) => n.item().contextValue?.startsWith('message;error'));
    assert.ok(error, `no error row among ${rows.map(label).join(' | ')}`);
    assert.match(label(error), /^Couldn't load members: .*127\.0\.0\.1:\d+/);
    assert.equal(error.item().contextValue, 'message;error;retry');
  } finally {
    await emu.close();
  }
});
