/**
 * The one pool: at most `concurrency` tasks at once, in the order they were queued. Account-wide work (scans,
 * bulk changes, membership-file plans, the pager's pages) bounds itself with it on top of the API client's
 * limiter (which bounds requests per account), so the rest of the extension keeps getting answers and GitLab's
 * rate limits are not provoked. Pure.
 */

/** Groups and projects scanned, or changes made, at once by account-wide work (never more than the request bound). */
export const WORK_CONCURRENCY = 4;

export type Limiter = <T>(task: () => Promise<T>) => Promise<T>;

export function limiter(concurrency: number): Limiter {
  const max = Math.max(1, Math.floor(concurrency));
  let running = 0;
  const waiting: Array<() => void> = [];
  const next = () => {
    running--;
    waiting.shift()?.();
  };
  return async <T>(task: () => Promise<T>): Promise<T> => {
    if (running >= max) await new Promise<void>((resolve) => waiting.push(resolve));
    running++;
    try {
      return await task();
    } finally {
      next();
    }
  };
}

/** `work` over every item with at most `concurrency` at once; results in the items' order. */
export function mapLimited<T, R>(items: readonly T[], concurrency: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const limit = limiter(concurrency);
  return Promise.all(items.map((item, index) => limit(() => work(item, index))));
}
