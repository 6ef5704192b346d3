/** Pages of one list under a node: loaded on demand, appended on "Load more", errors kept for display. */
import type { Page } from '../gitlab/types';

export class PagedList<N extends { readonly id: string }> {
  private readonly nodes: N[] = [];
  private readonly seen = new Set<string>();
  private next: number | null = 1;
  private pending: Promise<void> | undefined;
  private attempted = false;
  /** GitLab's total when it told it (not above 10,000 rows). */
  total: number | null = null;
  /** The last failure, cleared by the next successful page. */
  error: unknown = undefined;

  constructor(private readonly fetchPage: (page: number) => Promise<Page<N>>) {}

  get items(): readonly N[] {
    return this.nodes;
  }

  get hasMore(): boolean {
    return this.attempted && this.next !== null;
  }

  /** Every page is in. */
  get complete(): boolean {
    return this.attempted && this.next === null;
  }

  /** Loads the first page once; later calls wait for it. */
  ensureStarted(): Promise<void> {
    if (!this.attempted) return this.loadMore();
    return this.pending ?? Promise.resolve();
  }

  /** Appends the next page (or retries the failed one). Concurrent calls share one request. */
  loadMore(): Promise<void> {
    if (this.pending) return this.pending;
    if (this.attempted && this.next === null) return Promise.resolve();
    this.pending = this.fetchNext().finally(() => {
      this.pending = undefined;
    });
    return this.pending;
  }

  private async fetchNext(): Promise<void> {
    const page = this.next ?? 1;
    try {
      const result = await this.fetchPage(page);
      this.error = undefined;
      for (const node of result.items) {
        if (this.seen.has(node.id)) continue;
        this.seen.add(node.id);
        this.nodes.push(node);
      }
      this.total = result.total ?? this.total;
      this.next = result.nextPage !== null && result.nextPage > page ? result.nextPage : null;
    } catch (err) {
      this.error = err;
    } finally {
      this.attempted = true;
    }
  }
}

/** Maps a page's items to nodes, keeping the paging fields. */
export async function mapPage<T, N>(page: Page<T>, toNode: (item: T) => N | Promise<N>): Promise<Page<N>> {
  return { ...page, items: await Promise.all(page.items.map(toNode)) };
}
