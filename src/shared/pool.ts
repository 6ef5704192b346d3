/**
 * At most `concurrency` tasks at once, in the order they were queued. Our own bound on top of the API client's
 * (which bounds requests per account): account-wide scans and bulk changes stay modest, so the rest of the
 * extension keeps getting answers and GitLab's rate limits are not provoked. Pure.
 */

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
