/**
 * Pages of one list under a node: loaded on demand, appended on "Load more", replaced by "Load all",
 * errors kept for display. `abort()` stops whatever is in flight (refresh); its results are then dropped.
 */
import type { Page } from '../gitlab/types';
import { linkedAbort, shareAmongRows, type LinkedAbort } from './linkedAbort';

export type PageFetcher<N> = (page: number, signal: AbortSignal) => Promise<Page<N>>;

export class PagedList<N extends { readonly id: string }> {
  private nodes: N[] = [];
  private seen = new Set<string>();
  private next: number | null = 1;
  private pending: Promise<void> | undefined;
  private attempted = false;
  private readonly controller: LinkedAbort;
  /** Aborted by `abort()` or by the parent signal (a rebuilt tree, a refreshed parent). */
  readonly signal: AbortSignal;
  /** GitLab's total when it told it (not above 10,000 rows). */
  total: number | null = null;
  /** The last failure, cleared by the next successful page. */
  error: unknown = undefined;
  /** The last page loaded one at a time (its number and paging fields), for Load All to go on from. */
  private lastPage: { readonly page: number } & Pick<Page<N>, 'perPage' | 'nextPage' | 'total' | 'totalPages'> | undefined;

  constructor(private readonly fetchPage: PageFetcher<N>, parent?: AbortSignal) {
    this.controller = linkedAbort(parent);
    // The rows of this list (their own lists, role look-ups) load under it.
    this.signal = shareAmongRows(this.controller.signal);
  }

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

  get loading(): boolean {
    return this.pending !== undefined;
  }

  /** Loads the first page once; later calls wait for it. */
  ensureStarted(): Promise<void> {
    if (!this.attempted) return this.loadMore();
    return this.pending ?? Promise.resolve();
  }

  /** Appends the next page (or retries the failed one). Concurrent calls share one request. */
  loadMore(): Promise<void> {
    if (this.pending) return this.pending;
    if (this.complete || this.signal.aborted) return Promise.resolve();
    return this.track(this.fetchNext());
  }

  /**
   * Replaces the rows with everything `fetchAll` returns (the concurrent pager). Failures and cancellation
   * are thrown to the caller and leave the rows as they were; a failure (not a cancel) is also kept as the
   * list's error, so the folder shows it on a row with Retry (which goes on from the rows already shown).
   */
  loadAll(fetchAll: (signal: AbortSignal) => Promise<N[]>, cancel?: AbortSignal): Promise<void> {
    const run = async () => {
      await this.pending?.catch(() => undefined);
      const both = linkedAbort(this.signal, cancel);
      let all: N[];
      try {
        all = await fetchAll(both.signal);
      } catch (err) {
        if (!both.signal.aborted) this.error = err;
        throw err;
      } finally {
        both.dispose();
      }
      if (this.signal.aborted) return;
      this.nodes = [];
      this.seen = new Set();
      this.append(all);
      this.error = undefined;
      this.next = null;
      this.attempted = true;
    };
    return this.track(run());
  }

  /** Pages 1..`pages` are loaded and more follow: where Load All can go on from (undefined after a failure). */
  resumePoint(): { readonly pages: number; readonly last: Pick<Page<N>, 'perPage' | 'nextPage' | 'total' | 'totalPages'> } | undefined {
    if (!this.lastPage || this.error !== undefined || this.next === null) return undefined;
    return { pages: this.lastPage.page, last: this.lastPage };
  }

  /** Stops loads in flight; this list is finished with (the owner makes a new one). */
  abort(): void {
    this.controller.abort();
  }

  private track(work: Promise<void>): Promise<void> {
    const pending = work.finally(() => {
      if (this.pending === pending) this.pending = undefined;
    });
    this.pending = pending;
    return pending;
  }

  private async fetchNext(): Promise<void> {
    const page = this.next ?? 1;
    try {
      const result = await this.fetchPage(page, this.signal);
      if (this.signal.aborted) return;
      this.error = undefined;
      this.append(result.items);
      this.total = result.total ?? this.total;
      this.next = result.nextPage !== null && result.nextPage > page ? result.nextPage : null;
      this.lastPage = { page, perPage: result.perPage, nextPage: result.nextPage, total: result.total, totalPages: result.totalPages };
    } catch (err) {
      if (!this.signal.aborted) this.error = err;
    } finally {
      this.attempted = true;
    }
  }

  private append(items: readonly N[]): void {
    for (const node of items) {
      if (this.seen.has(node.id)) continue;
      this.seen.add(node.id);
      this.nodes.push(node);
    }
  }
}

/** Maps a page's items to nodes, keeping the paging fields. */
export async function mapPage<T, N>(page: Page<T>, toNode: (item: T) => N | Promise<N>): Promise<Page<N>> {
  return { ...page, items: await Promise.all(page.items.map(toNode)) };
}
