/**
 * Loading every page of a list. With totals (up to 10,000 results) the remaining pages are fetched by a pool
 * of workers; without totals (GitLab omits them above 10,000) a bounded look-ahead (lookahead.ts) asks ahead
 * until a short or empty page says where the list ends. Rows come back in page order, each once.
 * Given the pages a caller already has (`resume`: the tree shows the first page when Load All is asked), the
 * first wave goes out at once for the pages after them, so 5,000 rows take ⌈49/8⌉ = 7 round trips, not 8.
 */
import { mapLimited } from '../shared/pool';
import { fetchByLookahead, type PageFetcher } from './lookahead';
import type { Page } from './types';

/** Pages 1..`pages` already loaded (same filter and page size): their rows and the last one's paging fields. */
export interface ResumeFrom<T> {
  readonly rows: readonly T[];
  readonly pages: number;
  readonly last: Pick<Page<T>, 'perPage' | 'nextPage' | 'total' | 'totalPages'>;
}

export interface PagerOptions<T> {
  /** Requests to keep in flight (the client's limiter bounds the total as well). */
  readonly concurrency: number;
  readonly signal?: AbortSignal;
  readonly onProgress?: (loaded: number, total: number | null) => void;
  /** Identity of a row, to drop a row GitLab repeats when the list shifts between pages. */
  readonly keyOf?: (row: T) => string | number;
  /** Hard stop, so a misbehaving server cannot keep us paging forever. */
  readonly maxPages?: number;
  /** Go on from pages the caller already has instead of asking for page 1 again. */
  readonly resume?: ResumeFrom<T>;
}

export type { PageFetcher } from './lookahead';

export async function fetchAllPages<T>(fetchPage: PageFetcher<T>, options: PagerOptions<T>): Promise<T[]> {
  const controller = new AbortController();
  const stop = () => controller.abort(options.signal?.reason);
  options.signal?.addEventListener('abort', stop, { once: true });
  try {
    const pages = new Map<number, Page<T>>();
    const { resume } = options;
    // What is in hand counts as page 1 (every resumed row in it); fetching goes on after the resumed pages.
    const first: Page<T> = resume && resume.pages > 0
      ? { items: [...resume.rows], page: 1, perPage: resume.last.perPage, nextPage: resume.last.nextPage, total: resume.last.total, totalPages: resume.last.totalPages }
      : await fetchPage(1, controller.signal);
    const from = resume && resume.pages > 0 ? resume.pages + 1 : 2;
    pages.set(1, first);
    let loaded = first.items.length;
    const progress = (page: Page<T>) => {
      loaded += page.items.length;
      options.onProgress?.(loaded, first.total);
    };
    options.onProgress?.(loaded, first.total);
    const maxPages = options.maxPages ?? 100_000;
    let lastPage: number;
    if (first.nextPage === null && from > 2) {
      lastPage = 1; // the resumed pages were all of it
    } else if (first.totalPages !== null) {
      lastPage = Math.min(first.totalPages, maxPages);
      await fetchKnown(fetchPage, from, lastPage, options.concurrency, controller.signal, pages, progress);
      const tail = Math.max(lastPage, from - 1);
      lastPage = await followTail(fetchPage, pages, pages.get(tail) ?? first, tail, maxPages, controller.signal, progress);
    } else {
      lastPage = await fetchByLookahead(fetchPage, first, from, options.concurrency, maxPages, controller.signal, pages, progress);
    }
    return collect(pages, lastPage, options.keyOf);
  } finally {
    options.signal?.removeEventListener('abort', stop);
    controller.abort();
  }
}

async function fetchKnown<T>(
  fetchPage: PageFetcher<T>, from: number, to: number, concurrency: number, signal: AbortSignal,
  pages: Map<number, Page<T>>, progress: (p: Page<T>) => void,
): Promise<void> {
  const numbers = Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
  await mapLimited(numbers, concurrency, async (n) => {
    signal.throwIfAborted(); // one page failed: the queued ones are not asked for
    const page = await fetchPage(n, signal);
    pages.set(n, page);
    progress(page);
  });
}

/** If the list grew while loading, the last known page now points further: follow it one page at a time. */
async function followTail<T>(
  fetchPage: PageFetcher<T>, pages: Map<number, Page<T>>, last: Page<T>, lastPage: number, maxPages: number,
  signal: AbortSignal, progress: (p: Page<T>) => void,
): Promise<number> {
  let page: Page<T> | undefined = last;
  while (page && page.nextPage !== null && page.items.length > 0 && lastPage < maxPages) {
    const n = page.nextPage;
    if (n <= lastPage) break;
    page = await fetchPage(n, signal);
    pages.set(n, page);
    progress(page);
    lastPage = n;
  }
  return lastPage;
}

function collect<T>(pages: Map<number, Page<T>>, lastPage: number, keyOf?: (row: T) => string | number): T[] {
  const rows: T[] = [];
  const seen = new Set<string | number>();
  for (let n = 1; n <= lastPage; n++) {
    for (const row of pages.get(n)?.items ?? []) {
      if (keyOf) {
        const key = keyOf(row);
        if (seen.has(key)) continue;
        seen.add(key);
      }
      rows.push(row);
    }
  }
  return rows;
}
