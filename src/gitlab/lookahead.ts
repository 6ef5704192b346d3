/**
 * Paging without totals (GitLab omits them above 10,000 rows): `window` requests stay in flight, each freed
 * slot asking at once for another page, until a short, empty or last page says where the list ends.
 *
 * Pages are handed out in blocks of `window`, highest first (9, 8, … 2, then 17 … 10). Requests of one block go
 * out together and come back in about the order they went, so where the list ends inside a block, the pages past
 * the end answer first and nothing is asked beyond them. In page order, the answers of the last full pages
 * would each ask for a page after the end before the last page's answer came: requests for nothing, a round
 * after the rest (12,500 rows: pages 2–125 take 16 round trips either way; in page order up to 7 pages past
 * the end were asked for, 3 of them in a 17th round).
 */
import type { Page } from './types';

export type PageFetcher<T> = (page: number, signal: AbortSignal) => Promise<Page<T>>;

export async function fetchByLookahead<T>(
  fetchPage: PageFetcher<T>, first: Page<T>, from: number, window: number, maxPages: number, signal: AbortSignal,
  pages: Map<number, Page<T>>, progress: (p: Page<T>) => void,
): Promise<number> {
  const isLast = (page: Page<T>) => page.nextPage === null || page.items.length < first.perPage;
  if (isLast(first)) return 1;
  const width = Math.max(1, window);
  const requests = new Map<number, Promise<Page<T>>>();
  let end = maxPages; // the last page there can be: lowered by each short, empty or last page
  let nextBlock = from;
  let block: number[] = []; // pages of the current block not asked for yet, highest first
  let outstanding = 0;
  let failure: { error: unknown } | undefined;
  const take = (): number | undefined => {
    block = block.filter((n) => n <= end);
    if (block.length === 0 && nextBlock <= end) {
      const last = Math.min(end, nextBlock + width - 1);
      for (let n = last; n >= nextBlock; n--) block.push(n);
      nextBlock = last + 1;
    }
    return block.shift();
  };
  const launch = () => {
    while (!failure && !signal.aborted && outstanding < width) {
      const n = take();
      if (n === undefined) return;
      outstanding++;
      const request = fetchPage(n, signal).then((page) => {
        if (isLast(page)) end = Math.min(end, n);
        return page;
      }, (error: unknown) => {
        failure ??= { error };
        throw error;
      }).finally(() => {
        outstanding--;
        launch();
      });
      request.catch(() => undefined); // awaited in order below; never an unhandled rejection
      requests.set(n, request);
    }
  };
  launch();
  for (let n = from; n <= maxPages; n++) {
    const request = requests.get(n);
    if (!request) {
      // Never asked for: past the end, or launching stopped (a page failed, or the caller cancelled).
      signal.throwIfAborted();
      if (failure) throw failure.error;
      return Math.max(1, n - 1);
    }
    const page = await request;
    requests.delete(n);
    pages.set(n, page);
    progress(page);
    if (isLast(page)) return n;
  }
  return maxPages;
}
