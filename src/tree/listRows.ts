/** The rows one paged list contributes to its parent: its items, an error row (with Retry), or an empty-list row. */
import { MessageNode } from './messageNode';
import type { PagedList } from './pagedList';
import type { LoadsMore, TreeNode } from './node';

export interface ListRows {
  readonly rows: TreeNode[];
  /** The list has another page worth offering (not after a failed first page: its error row retries). */
  readonly more: boolean;
}

/**
 * @param owner the node the rows go under; its `loadMore()` is what the error row's Retry runs.
 * @param slug identifies the list's message rows under the owner (not shown), e.g. `members`
 * @param what plural noun for the error row: `Couldn't load <what>: …`
 * @param empty text when the list is complete and empty, e.g. `No members`; omitted: no row.
 * @param items the rows to show when not the list's own order (a sorted view).
 */
export function listRows<N extends TreeNode>(
  list: PagedList<N>, owner: LoadsMore, slug: string, what: string, empty?: string, items: readonly TreeNode[] = list.items,
): ListRows {
  const failed = list.error !== undefined;
  const rows: TreeNode[] = [...items];
  if (failed) rows.push(MessageNode.loadError(owner, slug, what, list.error));
  if (rows.length === 0 && empty !== undefined && list.complete) rows.push(new MessageNode(owner, slug, 'empty', empty));
  return { rows, more: list.hasMore && !(failed && list.items.length === 0) };
}
