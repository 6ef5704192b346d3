import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { suite, test } from './runner';
import { EXTENSION_ID, activeExtension } from './util';

interface Manifest {
  contributes?: {
    viewsContainers?: { activitybar?: { id: string; title: string }[] };
    views?: Record<string, { id: string; name: string }[]>;
  };
}

suite('activation', () => {
  test('our extension is installed and activates without throwing', async () => {
    const extension = await activeExtension();
    assert.equal(extension.isActive, true);
  });

  test('it contributes the "GitLab Members" activity-bar container with the tree view', () => {
    const manifest = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON as Manifest;
    const container = manifest.contributes?.viewsContainers?.activitybar?.find((c) => c.id === 'gitlabMembers');
    assert.equal(container?.title, 'GitLab Members');
    assert.ok(manifest.contributes?.views?.gitlabMembers?.some((v) => v.id === 'gitlabMembers.tree'));
  });

  test('the workbench knows the view: its container opens and the tree is shown', async () => {
    const { view } = (await activeExtension()).exports as { view: vscode.TreeView<unknown> };
    const shown = view.visible ? Promise.resolve() : new Promise<void>((resolve) => {
      const listener = view.onDidChangeVisibility(({ visible }) => { if (visible) { listener.dispose(); resolve(); } });
    });
    await vscode.commands.executeCommand('workbench.view.extension.gitlabMembers');
    await vscode.commands.executeCommand('gitlabMembers.tree.focus');
    await shown; // the runner's per-test timeout fails it if the view never shows
    assert.equal(view.visible, true);
  });
});
