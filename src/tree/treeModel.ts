/**
 * The tree's structure without vscode: one AccountNode per account, flattened when there is only one.
 * Refresh builds new nodes (same ids, so the view keeps what was expanded) and drops loaded pages.
 */
import type { AccountSession } from '../accounts/sessions';
import { AccountNode } from './accountNode';
import type { NodeContext, TreeNode } from './node';

export interface TreeEnv {
  readonly now: () => Date;
  readonly warningDays: () => number;
}

export class TreeModel {
  private roots: AccountNode[] = [];
  private generation = 0;

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
    const generation = ++this.generation;
    this.roots = this.sessions().map((session) => {
      const ctx: NodeContext = {
        session,
        now: this.env.now,
        warningDays: this.env.warningDays,
        changed: (node) => {
          if (generation === this.generation) this.changed(node);
        },
      };
      return new AccountNode(ctx);
    });
  }

  /** Account rows appear only when there are several accounts. */
  get showsAccounts(): boolean {
    return this.roots.length > 1;
  }

  async children(node?: TreeNode): Promise<TreeNode[]> {
    if (node) return node.children ? node.children() : [];
    if (this.roots.length === 1) return this.roots[0].children();
    return this.roots;
  }

  parentOf(node: TreeNode): TreeNode | undefined {
    const parent = node.parent;
    return parent instanceof AccountNode && !this.showsAccounts ? undefined : parent;
  }

  /** A hidden account root is redrawn by redrawing the whole tree. */
  changed(node: TreeNode): void {
    this.onChanged(node instanceof AccountNode && !this.showsAccounts ? undefined : node);
  }
}
