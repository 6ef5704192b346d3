/**
 * What every tree node is, without vscode: an item description (turned into a vscode.TreeItem by
 * toTreeItem.ts) and, for nodes that expand, their children. A new node kind is one new file.
 */
import type { AccountSession } from '../accounts/sessions';
import type { Source } from '../gitlab/types';

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
  /** `kind;flag;flag`, see domain/contextValue.ts. */
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
  /** Children built so far, without loading anything (to find nodes and count what is loaded). */
  loaded?(): readonly TreeNode[];
  /** Forget what was loaded (stopping loads in flight); the next `children()` fetches again. */
  reset?(): void;
  /**
   * Like `reset`, then loads again and redraws once the new rows are in (the old ones stay shown meanwhile).
   * A folder's redraw then comes with its count and rows together: VS Code drops a redraw the node asks for
   * from inside its own `children()` while refreshing it, which left a refreshed folder without its count,
   * and after several refreshes without its rows.
   */
  reload?(): void;
  /**
   * The node is replaced by a new one (its parent was refreshed): it stops loading, and asked for children
   * from now on it has none. VS Code may still ask the old node between the parent's refresh and its redraw;
   * children it registered for the old node then clash with the new node's (same ids) and the new node shows
   * empty. See TreeModel for the other half (no redraw while VS Code fetches).
   */
  retire?(): void;
}

/** Retires every node given (see TreeNode.retire). */
export function retireAll(nodes: Iterable<TreeNode>): void {
  for (const node of nodes) node.retire?.();
}

/** A node that shows a "Load more…" row and appends the next page when asked. */
export interface LoadsMore extends TreeNode {
  loadMore(): Promise<void>;
}

export function isLoadsMore(value: unknown): value is LoadsMore {
  return typeof value === 'object' && value !== null && typeof (value as LoadsMore).loadMore === 'function'
    && typeof (value as LoadsMore).id === 'string';
}

/** A group or project node: the thing whose members the folders under it list. */
export interface SourceNode extends TreeNode {
  readonly source: Source;
  /** Its folder of that kind, when built (after the node was expanded). */
  folder(kind: FolderKind): TreeNode | undefined;
}

export type FolderKind = 'members' | 'invitations' | 'pending' | 'requests' | 'seats' | 'shares';

export function isSourceNode(value: unknown): value is SourceNode {
  return typeof value === 'object' && value !== null && typeof (value as SourceNode).folder === 'function'
    && typeof (value as SourceNode).source === 'object';
}

/** Shared by every node under one account. */
export interface NodeContext {
  readonly session: AccountSession;
  readonly now: () => Date;
  /** The `gitlabMembers.expiryWarningDays` setting. */
  readonly warningDays: () => number;
  /** The `gitlabMembers.showInheritedMembers` setting: how a Members folder starts. */
  readonly showInherited: () => boolean;
  /** This account's pinned groups and projects. */
  readonly pins: () => readonly Source[];
  /** Aborted when the tree is rebuilt: loads still running for the old nodes stop. */
  readonly signal: AbortSignal;
  /** Ask the view to redraw a node (its item and, when expanded, its children). */
  readonly changed: (node: TreeNode) => void;
}
