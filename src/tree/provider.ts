/** The TreeDataProvider for `gitlabMembers.tree`: a thin adapter from TreeModel to vscode. */
import * as vscode from 'vscode';
import type { AccountSession } from '../accounts/sessions';
import type { TreeNode } from './node';
import { toTreeItem } from './toTreeItem';
import { TreeModel, type TreeEnv } from './treeModel';

export class MembersTreeProvider implements vscode.TreeDataProvider<TreeNode>, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<TreeNode | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  private readonly model: TreeModel;

  constructor(sessions: () => AccountSession[], env: TreeEnv) {
    this.model = new TreeModel(sessions, env, (node) => this.emitter.fire(node));
  }

  /** Reload everything (after sign-in/out, a setting change, or the Refresh button). */
  refresh(): void {
    this.model.rebuild();
    this.emitter.fire(undefined);
  }

  /** Redraw one node, e.g. after it loaded another page. */
  changed(node: TreeNode): void {
    this.model.changed(node);
  }

  getTreeItem(node: TreeNode): vscode.TreeItem {
    return toTreeItem(node.id, node.item());
  }

  getChildren(node?: TreeNode): Promise<TreeNode[]> {
    return this.model.children(node);
  }

  getParent(node: TreeNode): TreeNode | undefined {
    return this.model.parentOf(node);
  }

  dispose(): void {
    this.emitter.dispose();
  }
}
