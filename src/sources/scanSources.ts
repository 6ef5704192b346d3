/**
 * Visits every group and project an account can see (top-level groups, personal projects, then their
 * subgroups and projects, level by level, then projects reached only through a share) and runs `visit` on
 * each, a few at a time, while the listing goes on. A source that fails is recorded and the scan continues;
 * Cancel (the signal) stops it and rejects. Pure over the API layer: used by "Find a User's Access" and
 * "Expiring Access".
 */
import * as l10n from '@vscode/l10n';
import { walkSources, CATALOG_LIMIT } from './sourceCatalog';
import { thousands } from '../domain/counts';
import { userMessageOf } from '../domain/errors';
import type { GitLabApi } from '../gitlab/api';
import { GitLabError } from '../gitlab/errors';
import type { Source } from '../gitlab/types';
import { platform } from '../platform/current';
import { limiter, WORK_CONCURRENCY } from '../shared/pool';

export interface ScanProgress {
  /** Groups and projects finished so far. */
  readonly done: number;
  /** Found so far (grows while the listing goes on). */
  readonly found: number;
  /** Every group and project has been found: `found` is the total. */
  readonly listed: boolean;
}

/** `3 of 12 groups and projects searched`, or while they are still being listed `3 searched, 11 found so far`. */
export function scanProgressText({ done, found, listed }: ScanProgress): string {
  if (listed) {
    return found === 1 ? l10n.t('{0} of 1 group or project searched', thousands(done)) : l10n.t('{0} of {1} groups and projects searched', thousands(done), thousands(found));
  }
  return found === 1 ? l10n.t('{0} searched, 1 group or project found so far', thousands(done)) : l10n.t('{0} searched, {1} groups and projects found so far', thousands(done), thousands(found));
}

export interface ScanOptions {
  readonly signal?: AbortSignal;
  /** Sources visited at once (default 4). */
  readonly concurrency?: number;
  /** Most groups and projects visited (default: the source catalog's limit, 1000). */
  readonly limit?: number;
  readonly onProgress?: (progress: ScanProgress) => void;
}

export interface ScanResult<R> {
  readonly visited: ReadonlyArray<{ readonly source: Source; readonly value: R }>;
  readonly failures: ReadonlyArray<{ readonly source: Source; readonly message: string }>;
  /** The account has more groups and projects than `limit`: the rest were not visited. */
  readonly truncated: boolean;
}

export async function scanSources<R>(
  api: GitLabApi, visit: (source: Source, signal: AbortSignal) => Promise<R>, opts: ScanOptions = {},
): Promise<ScanResult<R>> {
  const signal = opts.signal ?? new AbortController().signal;
  // The listing's requests and every visit's listen to this one signal, and the ones waiting for the client's
  // request limiter listen too: more than Node's warning threshold of 10 at once is expected here, not a leak.
  platform.shareListeners(signal);
  const max = opts.limit ?? CATALOG_LIMIT;
  const limit = limiter(opts.concurrency ?? WORK_CONCURRENCY);
  const visited: Array<{ source: Source; value: R }> = [];
  const failures: Array<{ source: Source; message: string }> = [];
  const tasks: Promise<void>[] = [];
  let found = 0;
  let done = 0;
  let listed = false;
  const visitOne = async (source: Source) => {
    if (signal.aborted) return;
    try {
      visited.push({ source, value: await visit(source, signal) });
    } catch (err) {
      if (!signal.aborted) failures.push({ source, message: userMessageOf(err) });
    } finally {
      opts.onProgress?.({ done: ++done, found, listed });
    }
  };
  for await (const batch of walkSources(api, signal, max, { shared: true })) {
    found += batch.length;
    opts.onProgress?.({ done, found, listed });
    tasks.push(...batch.map((source) => limit(() => visitOne(source))));
  }
  listed = true;
  opts.onProgress?.({ done, found, listed });
  await Promise.all(tasks);
  if (signal.aborted) throw new GitLabError(l10n.t('Cancelled.'), { kind: 'cancelled' });
  const byPath = (a: { source: Source }, b: { source: Source }) => a.source.fullPath.localeCompare(b.source.fullPath);
  return { visited: visited.sort(byPath), failures: failures.sort(byPath), truncated: found >= max };
}
