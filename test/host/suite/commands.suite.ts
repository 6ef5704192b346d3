import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { suite, test } from './runner';
import { EXTENSION_ID, activeExtension } from './util';

suite('commands', () => {
  test('sign in, sign out and refresh are registered', async () => {
    await activeExtension();
    const all = new Set(await vscode.commands.getCommands(true));
    for (const id of ['gitlabMembers.signIn', 'gitlabMembers.signOut', 'gitlabMembers.refresh']) {
      assert.ok(all.has(id), `${id} is not registered`);
    }
  });

  test('every command the manifest contributes has a handler after activation', async () => {
    await activeExtension();
    const manifest = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON as {
      contributes?: { commands?: { command: string }[] };
    };
    const contributed = (manifest.contributes?.commands ?? []).map((c) => c.command);
    assert.ok(contributed.length > 0, 'the manifest contributes no commands');
    const all = new Set(await vscode.commands.getCommands(true));
    assert.deepEqual(contributed.filter((id) => !all.has(id)), [], 'contributed but not registered');
  });

  test('refresh redraws the tree', async () => {
    const { tree } = (await activeExtension()).exports as { tree: vscode.TreeDataProvider<unknown> };
    const redrawn = new Promise<void>((resolve) => {
      const listener = tree.onDidChangeTreeData!(() => { listener.dispose(); resolve(); });
    });
    await vscode.commands.executeCommand('gitlabMembers.refresh');
    await redrawn; // the runner's per-test timeout fails it if the tree is never told to redraw
  });
});
