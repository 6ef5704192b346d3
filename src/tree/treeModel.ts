/**
 * The tree's structure without vscode: one AccountNode per account, flattened when there is only one.
 * Refresh builds new nodes (same ids, so the view keeps what was expanded), drops loaded pages and aborts
 * the loads still running for the old ones.
 */
import type { AccountSession } from '../accounts/sessions';
import type { Source } from '../gitlab/types';
import { AccountNode } from './accountNode';
import { treeSignalController } from './linkedAbort';
import type { NodeContext, TreeNode } from './node';

export interface TreeEnv {
  readonly now: () => Date;
  readonly warningDays: () => number;
  readonly showInherited: () => boolean;
  /** The groups and projects pinned to an account (by account key). */
  readonly pins: (accountKey: string) => readonly Source[];
}

export class TreeModel {
  private roots: AccountNode[] = [];
  private generation = 0;
  private controller = treeSignalController();
  /** Nodes whose children are being fetched (how many fetches), and those whose redraw waits for that. */
  private readonly fetching = new Map<TreeNode, number>();
  private readonly deferred = new Set<TreeNode>();

  constructor(
    private readonly sessions: () => AccountSession[],
    private readonly env: TreeEnv,
    /** Redraw a node, or everything with undefined. */
    private readonly onChanged: (node: TreeNode | undefined) => void,
  ) {
    this.rebuild();
  }

  /** Forgets everything loaded; the caller then tells the view to redraw from the top. */
  rebuild(): void {
    this.controller.abort();
    this.controller = treeSignalController();
    const generation = ++this.generation;
    const signal = this.controller.signal;
    this.roots = this.sessions().map((session) => {
      const ctx: NodeContext = {
        session,
        now: this.env.now,
        warningDays: this.env.warningDays,
        showInherited: this.env.showInherited,
        pins: () => this.env.pins(session.key),
        signal,
        changed: (node) => {
          if (generation === this.generation) this.changed(node);
        },
      };
      return new AccountNode(ctx);
    });
  }

  get accounts(): readonly AccountNode[] {
    return this.roots;
  }

  /** Account rows appear only when there are several accounts. */
  get showsAccounts(): boolean {
    return this.roots.length > 1;
  }

  async children(node?: TreeNode): Promise<TreeNode[]> {
    if (!node) return this.roots.length === 1 ? this.roots[0].children() : this.roots;
    if (!node.children) return [];
    this.fetching.set(node, (this.fetching.get(node) ?? 0) + 1);
    try {
      return await node.children();
    } finally {
      const left = (this.fetching.get(node) ?? 1) - 1;
      if (left > 0) this.fetching.set(node, left);
      else this.fetchDone(node);
    }
  }

  /** A redraw asked while VS Code fetched the node's children is sent once VS Code has taken them. */
  private fetchDone(node: TreeNode): void {
    this.fetching.delete(node);
    if (this.deferred.delete(node)) setTimeout(() => setTimeout(() => this.changed(node), 0), 0);
  }

  parentOf(node: TreeNode): TreeNode | undefined {
    const parent = node.parent;
    return parent instanceof AccountNode && !this.showsAccounts ? undefined : parent;
  }

  /** Forgets what one node loaded and redraws it: only that node's rows are fetched again. */
  refreshNode(node: TreeNode): void {
    if (node.reload) return node.reload();
    node.reset?.();
    this.changed(node);
  }

  /**
   * A hidden account root is redrawn by redrawing the whole tree. A node whose children VS Code is fetching
   * is redrawn after that fetch: VS Code 1.100 registers the children of a fetch that a redraw of the same
   * node overtook under the replaced entry, and the next fetch then fails on their ids ("already
   * registered"), leaving the row open and empty.
   */
  changed(node: TreeNode): void {
    if (this.fetching.has(node)) {
      this.deferred.add(node);
      return;
    }
    this.onChanged(node instanceof AccountNode && !this.showsAccounts ? undefined : node);
  }

  dispose(): void {
    this.controller.abort();
  }
}
