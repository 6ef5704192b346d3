// Tree data through the extension's exported API. The contract these tests expect from activate():
//   { tree: vscode.TreeDataProvider<unknown>; signInWithToken(instanceUrl: string, token: string): Promise<void> }
// A missing export or emulator fails the test: a regression never shows as a skip.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { suite, test, type HostConfig } from './runner';
import { activeExtension } from './util';

interface TestApi {
  tree: vscode.TreeDataProvider<unknown>;
  signInWithToken(instanceUrl: string, token: string): Promise<void>;
}

async function api(): Promise<TestApi> {
  const exports = (await activeExtension()).exports as Partial<TestApi> | undefined;
  assert.equal(typeof exports?.tree?.getChildren, 'function', 'activate() does not return { tree }');
  assert.equal(typeof exports?.signInWithToken, 'function', 'activate() does not return { signInWithToken }');
  return exports as TestApi;
}

async function labelsOf(tree: vscode.TreeDataProvider<unknown>, parent?: unknown): Promise<{ node: unknown; label: string; description: string }[]> {
  const children = (await tree.getChildren(parent)) ?? [];
  return Promise.all(
    children.map(async (node) => {
      const item = await tree.getTreeItem(node);
      const label = typeof item.label === 'string' ? item.label : item.label?.label ?? '';
      return { node, label, description: typeof item.description === 'string' ? item.description : '' };
    }),
  );
}

async function child(tree: vscode.TreeDataProvider<unknown>, parent: unknown, label: string) {
  const rows = await labelsOf(tree, parent);
  const found = rows.find((r) => r.label.toLowerCase() === label.toLowerCase());
  assert.ok(found, `no child "${label}"; children: ${rows.map((r) => r.label).join(', ')}`);
  return found.node;
}

function needsEmulator(config: HostConfig): { url: string; token: string } {
  assert.ok(config.emulatorUrl && config.token, 'no emulator configured for this run: the in-host runner starts one');
  return { url: config.emulatorUrl, token: config.token };
}

suite('tree data (exported API)', () => {
  test('signed in programmatically, the roots include Acme and infra members carry roles', async (config) => {
    const { tree, signInWithToken } = await api();
    const { url, token } = needsEmulator(config);
    await signInWithToken(url, token);
    try {
      const acme = await child(tree, undefined, 'Acme');
      const infra = await child(tree, await child(tree, acme, 'Platform'), 'Infra');
      const members = await labelsOf(tree, await child(tree, infra, 'Members'));
      const ivan = members.find((m) => /ivan/i.test(m.label));
      assert.ok(ivan, `no Ivan among ${members.map((m) => m.label).join(', ')}`);
      assert.match(ivan.description, /Developer/);
      assert.ok(members.some((m) => m.label === '<img src=x onerror=alert(1)>'), 'the HTML-named member is missing or altered');
    } finally {
      await vscode.commands.executeCommand('gitlabMembers.signOut');
    }
  });

  test('big-org: Load more page by page, then Load all, each reach all 12,500 members once', async (config) => {
    const { tree, signInWithToken } = await api();
    const { url, token } = needsEmulator(config);
    await signInWithToken(url, token);
    try {
      const folder = await child(tree, await child(tree, undefined, 'Big Org'), 'Members');
      const memberRows = async () => (await labelsOf(tree, folder)).filter((r) => /^@user\d+ · |^@demo · /.test(r.description));
      let pages = 1;
      for (;;) {
        // "Load more…" is the folder's last row; only that row's item is built here (12,500 tooltips add up).
        const last = ((await tree.getChildren(folder)) ?? []).at(-1);
        const item: vscode.TreeItem | undefined = last === undefined ? undefined : await tree.getTreeItem(last);
        if (item?.label !== 'Load more…') break;
        assert.ok(pages < 200, 'Load more never ends');
        await vscode.commands.executeCommand(item.command!.command, ...(item.command!.arguments ?? []));
        pages++;
      }
      const paged = await memberRows();
      assert.equal(pages, 125);
      assert.equal(paged.length, 12_500);
      assert.equal(new Set(paged.map((r) => r.node)).size, 12_500, 'a row shows twice');

      await vscode.commands.executeCommand('gitlabMembers.refreshNode', folder);
      assert.equal((await memberRows()).length, 100, 'the refreshed folder starts again from its first page');
      await vscode.commands.executeCommand('gitlabMembers.loadAll', folder);
      const all = await memberRows();
      assert.equal(all.length, 12_500);
      assert.deepEqual(all.map((r) => r.label), paged.map((r) => r.label), 'Load all and Load more list the same members in the same order');
    } finally {
      await vscode.commands.executeCommand('gitlabMembers.signOut');
    }
  });

  test('after signing out the tree has no account rows', async () => {
    const { tree } = await api();
    const roots = await labelsOf(tree);
    assert.deepEqual(roots.map((r) => r.label).filter((l) => /acme/i.test(l)), []);
  });
});
