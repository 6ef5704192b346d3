/**
 * Carries out one change per item (a bulk action, extending expiries, applying a membership file) and keeps
 * going when one fails: every item ends `done`, `failed` (with GitLab's reason as one sentence) or `cancelled`
 * (not started before Cancel). Pure: the change itself is a function.
 */
import { userMessageOf } from '../domain/errors';
import { mapLimited, WORK_CONCURRENCY } from '../shared/pool';

export type ItemStatus = 'done' | 'failed' | 'cancelled';

export interface ItemResult<T> {
  readonly item: T;
  readonly status: ItemStatus;
  /** Why it failed, for a person to read. */
  readonly error?: string;
}

export interface RunOptions {
  /** Changes in flight at once (default WORK_CONCURRENCY). */
  readonly concurrency?: number;
  readonly signal?: AbortSignal;
  /** After each item, with how many are finished. */
  readonly onItem?: (finished: number, total: number) => void;
}

export async function runItems<T>(items: readonly T[], change: (item: T) => Promise<unknown>, opts: RunOptions = {}): Promise<ItemResult<T>[]> {
  let finished = 0;
  return mapLimited(items, opts.concurrency ?? WORK_CONCURRENCY, async (item): Promise<ItemResult<T>> => {
    if (opts.signal?.aborted) return { item, status: 'cancelled' };
    try {
      await change(item);
      return { item, status: 'done' };
    } catch (err) {
      if (opts.signal?.aborted && isCancellation(err)) return { item, status: 'cancelled' };
      return { item, status: 'failed', error: userMessageOf(err) };
    } finally {
      opts.onItem?.(++finished, items.length);
    }
  });
}

function isCancellation(err: unknown): boolean {
  const kind = (err as { kind?: unknown } | null)?.kind;
  const name = (err as { name?: unknown } | null)?.name;
  return kind === 'cancelled' || name === 'AbortError';
}
