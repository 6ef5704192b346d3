/**
 * What every tree node is, without vscode: an item description (turned into a vscode.TreeItem by
 * toTreeItem.ts) and, for nodes that expand, their children. A new node kind is one new file.
 */
import type { AccountSession } from '../accounts/sessions';

export type Collapsible = 'none' | 'collapsed' | 'expanded';

/** A tooltip row `**label:** value`; values are always appended as escaped text, never as markdown. */
export interface TooltipLine {
  readonly label: string;
  readonly value: string;
}

export interface TooltipSpec {
  /** Shown bold on top, escaped. */
  readonly title: string;
  readonly lines: readonly TooltipLine[];
}

export interface IconSpec {
  /** A codicon id, e.g. `account`. */
  readonly id: string;
  /** A theme color id, e.g. `list.warningForeground`. */
  readonly color?: string;
}

export interface CommandSpec {
  readonly command: string;
  readonly title: string;
  readonly arguments?: readonly unknown[];
}

export interface ItemSpec {
  /** Plain text, never markup. */
  readonly label: string;
  readonly description?: string;
  readonly tooltip?: TooltipSpec;
  readonly icon?: IconSpec;
  /** `kind;flag;flag`, see domain/permissions.ts. */
  readonly contextValue: string;
  readonly collapsible: Collapsible;
  readonly command?: CommandSpec;
}

export interface TreeNode {
  /** Stable across refreshes: account key + kind:id path, so expansion state survives. */
  readonly id: string;
  readonly parent: TreeNode | undefined;
  item(): ItemSpec;
  children?(): Promise<TreeNode[]>;
}

/** A node that shows a "Load more…" row and appends the next page when asked. */
export interface LoadsMore extends TreeNode {
  loadMore(): Promise<void>;
}

export function isLoadsMore(value: unknown): value is LoadsMore {
  return typeof value === 'object' && value !== null && typeof (value as LoadsMore).loadMore === 'function'
    && typeof (value as LoadsMore).id === 'string';
}

/** Shared by every node under one account. */
export interface NodeContext {
  readonly session: AccountSession;
  readonly now: () => Date;
  /** The `gitlabMembers.expiryWarningDays` setting. */
  readonly warningDays: () => number;
  /** Ask the view to redraw a node (its item and, when expanded, its children). */
  readonly changed: (node: TreeNode) => void;
}
