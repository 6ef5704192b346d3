// In the real extension host: the contextValue VS Code receives (getTreeItem) carries what the caller may do,
// so menus offer no write action on the Developer-only group partner-co nor to a read-only token.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { suite, test, type HostConfig } from './runner';
import { activeExtension } from './util';

interface TestApi {
  tree: vscode.TreeDataProvider<unknown>;
  signInWithToken(instanceUrl: string, token: string): Promise<void>;
}

/** The emulator's read_api token for the same Demo Owner (test/emulator/data/demo.json). */
const READ_ONLY_TOKEN = 'glpat-demo-read-token';

async function api(config: HostConfig): Promise<TestApi & { url: string; token: string }> {
  assert.ok(config.emulatorUrl && config.token, 'no emulator configured for this run: the in-host runner starts one');
  const exports = (await activeExtension()).exports as TestApi;
  assert.equal(typeof exports?.signInWithToken, 'function', 'activate() does not return { tree, signInWithToken }');
  return { ...exports, url: config.emulatorUrl, token: config.token };
}

/** [label, contextValue] of every row under `parent`, `depth` levels deep. */
async function rows(tree: vscode.TreeDataProvider<unknown>, parent: unknown, depth: number): Promise<Array<[string, string]>> {
  const out: Array<[string, string]> = [];
  for (const node of (await tree.getChildren(parent)) ?? []) {
    const item = await tree.getTreeItem(node);
    const label = typeof item.label === 'string' ? item.label : item.label?.label ?? '';
    out.push([label, item.contextValue ?? '']);
    if (depth > 1 && item.collapsibleState !== vscode.TreeItemCollapsibleState.None) out.push(...await rows(tree, node, depth - 1));
  }
  return out;
}

async function child(tree: vscode.TreeDataProvider<unknown>, label: string): Promise<unknown> {
  for (const node of (await tree.getChildren(undefined)) ?? []) {
    if ((await tree.getTreeItem(node)).label === label) return node;
  }
  throw new Error(`no root row "${label}"`);
}

suite('tree permissions (exported API)', () => {
  test('the Developer-only group partner-co: no canManage anywhere under it', async (config) => {
    const { tree, signInWithToken, url, token } = await api(config);
    await signInWithToken(url, token);
    try {
      const partner = await child(tree, 'Partner Co');
      assert.equal((await tree.getTreeItem(partner)).contextValue, 'group;topLevel');
      const under = await rows(tree, partner, 3);
      assert.ok(under.some(([label]) => label === 'Bob Brown'), `no members loaded: ${JSON.stringify(under)}`);
      assert.deepEqual(under.filter(([, value]) => /canManage/.test(value)), []);
      assert.equal((await tree.getTreeItem(await child(tree, 'Acme'))).contextValue, 'group;canManage;topLevel');
    } finally {
      await vscode.commands.executeCommand('gitlabMembers.signOut');
    }
  });

  test('a read-only token: every row is readOnly and none canManage', async (config) => {
    const { tree, signInWithToken, url } = await api(config);
    await signInWithToken(url, READ_ONLY_TOKEN);
    try {
      const under = await rows(tree, await child(tree, 'Acme'), 2);
      assert.ok(under.length > 6, JSON.stringify(under));
      assert.deepEqual(under.filter(([, value]) => /canManage/.test(value)), []);
      assert.deepEqual(under.filter(([, value]) => !/;readOnly$/.test(value) && !/^(loadMore|message)/.test(value)), []);
    } finally {
      await vscode.commands.executeCommand('gitlabMembers.signOut');
    }
  });
});
