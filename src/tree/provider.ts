/** The TreeDataProvider for `gitlabMembers.tree`: a thin adapter from TreeModel to vscode. */
import * as vscode from 'vscode';
import type { AccountSession } from '../accounts/sessions';
import type { SourceKind } from '../gitlab/types';
import type { AccountNode } from './accountNode';
import { DrawWatch } from './drawWatch';
import { countAccessRequests, countExpiringSoon, findSourceNodes } from './loadedNodes';
import type { FolderKind, SourceNode, TreeNode } from './node';
import { toTreeItem } from './toTreeItem';
import { TreeModel, type TreeEnv } from './treeModel';

export class MembersTreeProvider implements vscode.TreeDataProvider<TreeNode>, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<TreeNode | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  private readonly fetched = new vscode.EventEmitter<void>();
  /** VS Code took a node's children: what the tree has loaded may have grown without a redraw (the badge recounts). */
  readonly onDidFetchChildren = this.fetched.event;
  private readonly model: TreeModel;
  private view: vscode.TreeView<TreeNode> | undefined;
  private readonly draws = new DrawWatch();
  private viewEvents: vscode.Disposable | undefined;

  constructor(sessions: () => AccountSession[], private readonly env: TreeEnv) {
    this.model = new TreeModel(sessions, env, (node) => {
      this.emitter.fire(node);
      this.draws.sent(node);
    });
  }

  /** The view showing this tree (for `selection`, `reveal` and knowing what VS Code will draw). */
  attach(view: vscode.TreeView<TreeNode>): void {
    this.view = view;
    this.viewEvents?.dispose();
    this.viewEvents = vscode.Disposable.from(
      view.onDidExpandElement((e) => this.draws.expandedChanged(e.element, true)),
      view.onDidCollapseElement((e) => this.draws.expandedChanged(e.element, false)),
      view.onDidChangeVisibility((e) => e.visible || this.draws.settleAll()),
    );
  }

  /** Redraws a node and resolves once VS Code has its rows again (at once when the view is hidden). */
  redrawn(node: TreeNode): Promise<void> {
    const drawn = this.view?.visible ? this.draws.whenDrawn(node) : Promise.resolve();
    this.changed(node);
    return drawn;
  }

  /** The selected rows (several with Ctrl/Shift-click). */
  get selection(): readonly TreeNode[] {
    return this.view?.selection ?? [];
  }

  /** Scrolls to a row (expanding it with `expand`); nothing when the view is not showing. */
  async reveal(node: TreeNode, options: { expand?: boolean; select?: boolean } = {}): Promise<void> {
    if (!this.view?.visible) return;
    await Promise.resolve(this.view.reveal(node, { expand: options.expand, select: options.select ?? false })).catch(() => undefined);
  }

  /** Reload everything (after sign-in/out, a setting change, or the Refresh button). */
  refresh(): void {
    this.model.rebuild();
    this.emitter.fire(undefined);
    this.draws.settleAll();
  }

  /** Redraw one node, e.g. after it loaded another page. */
  changed(node: TreeNode): void {
    this.model.changed(node);
  }

  /** Forget what one node loaded and load it again (its item and, when expanded, its children only). */
  refreshNode(node: TreeNode): void {
    this.model.refreshNode(node);
  }

  /**
   * After a change to one group or project: reloads its rows wherever the tree has loaded them (in place and
   * pinned). With `folder`, only that folder (Members, Invitations or Awaiting approval) reloads; without,
   * the whole group/project row. Rows never loaded need nothing. Returns how many rows were reloaded.
   * @param accountKey `AccountSession.key`   @param id the numeric id or the full path
   */
  refreshSource(accountKey: string, kind: SourceKind, id: number | string, folder?: FolderKind): number {
    const targets = this.findSourceNodes(accountKey, kind, id)
      .map((node) => (folder ? node.folder(folder) : node))
      .filter((node): node is TreeNode => node !== undefined);
    for (const node of targets) this.refreshNode(node);
    return targets.length;
  }

  /** The loaded rows of one group or project under one account. */
  findSourceNodes(accountKey: string, kind: SourceKind, id: number | string): SourceNode[] {
    const account = this.model.accounts.find((a) => a.session.key === accountKey);
    return account ? findSourceNodes([account], kind, id) : [];
  }

  /** Loaded direct memberships expiring within the warning days (for the view's badge). */
  expiringSoon(): number {
    return countExpiringSoon(this.model.accounts, this.env.now(), this.env.warningDays());
  }

  /** Loaded access requests (for the view's badge). */
  accessRequests(): number {
    return countAccessRequests(this.model.accounts);
  }

  /** The account nodes (their rows are hidden when there is only one): for commands that work per account. */
  get accounts(): readonly AccountNode[] {
    return this.model.accounts;
  }

  getTreeItem(node: TreeNode): vscode.TreeItem {
    return toTreeItem(node.id, node.item());
  }

  async getChildren(node?: TreeNode): Promise<TreeNode[]> {
    const fetched = node && this.draws.fetchStarted(node);
    try {
      return await this.model.children(node);
    } finally {
      fetched?.();
      this.fetched.fire();
    }
  }

  getParent(node: TreeNode): TreeNode | undefined {
    return this.model.parentOf(node);
  }

  dispose(): void {
    this.viewEvents?.dispose();
    this.draws.settleAll();
    this.model.dispose();
    this.emitter.dispose();
    this.fetched.dispose();
  }
}
