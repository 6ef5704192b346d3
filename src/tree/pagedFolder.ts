/** A folder row over one paged list (members, invitations, …): count in the description, Load more at the end. */
import { contextValue } from '../domain/permissions';
import type { Page } from '../gitlab/types';
import { listRows } from './listRows';
import { LoadMoreNode } from './loadMoreNode';
import type { IconSpec, ItemSpec, LoadsMore, NodeContext, TreeNode } from './node';
import { PagedList } from './pagedList';

/** GitLab stops counting above this many rows. */
const UNCOUNTED_ABOVE = 10_000;

export interface FolderSpec {
  /** Node kind in the id and contextValue, e.g. `members`. */
  readonly kind: string;
  readonly label: string;
  readonly icon: IconSpec;
  /** Plural noun for `Couldn't load <what>: …`. */
  readonly what: string;
  /** Row for a complete, empty list. */
  readonly empty: string;
  readonly canManage: boolean;
}

export abstract class PagedFolderNode<N extends TreeNode> implements LoadsMore {
  readonly id: string;
  protected readonly list: PagedList<N>;

  protected constructor(
    protected readonly ctx: NodeContext,
    readonly parent: TreeNode,
    protected readonly spec: FolderSpec,
  ) {
    this.id = `${parent.id}/${spec.kind}`;
    this.list = new PagedList((page) => this.fetchPage(page));
  }

  protected abstract fetchPage(page: number): Promise<Page<N>>;

  item(): ItemSpec {
    return {
      label: this.spec.label,
      description: countText(this.list),
      icon: this.spec.icon,
      contextValue: contextValue(`${this.spec.kind}Folder`, { canManage: this.spec.canManage }),
      collapsible: 'collapsed',
    };
  }

  async children(): Promise<TreeNode[]> {
    const before = countText(this.list);
    await this.list.ensureStarted();
    if (countText(this.list) !== before) this.ctx.changed(this);
    const { rows, more } = listRows(this.list, this, this.spec.what, this.spec.empty);
    return more ? [...rows, new LoadMoreNode(this)] : rows;
  }

  loadMore(): Promise<void> {
    return this.list.loadMore();
  }
}

/** `42`, `12,500`, `10,000+` (GitLab gave no total), or nothing before the first page. */
export function countText(list: PagedList<TreeNode>): string | undefined {
  if (list.total !== null) return list.total.toLocaleString('en-US');
  if (list.complete) return list.items.length.toLocaleString('en-US');
  if (list.hasMore && list.error === undefined) return `${UNCOUNTED_ABOVE.toLocaleString('en-US')}+`;
  return undefined;
}
