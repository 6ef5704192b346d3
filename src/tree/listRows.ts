/** The rows one paged list contributes to its parent: its items, an error row, or an empty-list row. */
import { MessageNode } from './messageNode';
import type { PagedList } from './pagedList';
import type { TreeNode } from './node';

export interface ListRows {
  readonly rows: TreeNode[];
  /** The list has another page worth offering (not after a failed first page: Refresh retries that). */
  readonly more: boolean;
}

/**
 * @param what plural noun for the error row: `Couldn't load <what>: …`
 * @param empty text when the list is complete and empty, e.g. `No members`; omitted: no row.
 */
export function listRows<N extends TreeNode>(list: PagedList<N>, parent: TreeNode, what: string, empty?: string): ListRows {
  const failed = list.error !== undefined;
  const rows: TreeNode[] = [...list.items];
  if (failed) rows.push(MessageNode.loadError(parent, what, list.error));
  if (rows.length === 0 && empty !== undefined && list.complete) rows.push(new MessageNode(parent, what, 'empty', empty));
  return { rows, more: list.hasMore && !(failed && list.items.length === 0) };
}
