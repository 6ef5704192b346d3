/**
 * Every group and project an account can see, level by level (top-level groups and personal projects, then
 * their subgroups and projects, …), handed out in batches so a picker fills while it loads. Stops at `limit`.
 * With `shared`, last the projects the account reaches only through a group they are shared with (from
 * `GET /projects?membership=true`, those not found by the walk): the account-wide scans want them, the
 * pickers follow the tree, which shows each group's own projects.
 */
import type { GitLabApi } from '../gitlab/api';
import type { Page, Source } from '../gitlab/types';
import { mapLimited, WORK_CONCURRENCY } from '../shared/pool';

export const CATALOG_LIMIT = 1000;

export async function* walkSources(api: GitLabApi, signal: AbortSignal, limit = CATALOG_LIMIT, opts: { shared?: boolean } = {}): AsyncGenerator<Source[]> {
  const call = { signal };
  const seen = new Set<string>();
  const keyOf = (s: Source) => `${s.kind}:${s.id}`;
  let count = 0;
  let level: Source[] = [
    ...(await allPages((page) => api.listTopLevelGroups({ page }, call), signal)),
    ...(await allPages((page) => api.listOwnProjects({ page }, call), signal)),
  ];
  while (level.length > 0 && count < limit && !signal.aborted) {
    const batch = level.slice(0, limit - count);
    count += batch.length;
    for (const s of batch) seen.add(keyOf(s));
    yield batch;
    const groups = batch.filter((s) => s.kind === 'group');
    // A few groups at a time, each group's subgroups and projects together: at most 2 × WORK_CONCURRENCY requests
    // from here, not one waiting request (and abort listener on `signal`) for every group of the level at once.
    const children = await mapLimited(groups, WORK_CONCURRENCY, async (g) => (await Promise.all([
      allPages((page) => api.listSubgroups(g.id, { page }, call), signal),
      allPages((page) => api.listGroupProjects(g.id, { page }, call), signal),
    ])).flat());
    level = children.flat();
  }
  if (!opts.shared || count >= limit || signal.aborted) return;
  for await (const items of pages((page) => api.listMemberProjects({ page }, call), signal)) {
    const fresh = items.filter((s) => !seen.has(keyOf(s))).slice(0, limit - count);
    for (const s of fresh) seen.add(keyOf(s));
    count += fresh.length;
    if (fresh.length) yield fresh;
    if (count >= limit) return;
  }
}

/** Each page's rows in turn, following `nextPage` (only forward) until the last page or the signal. */
async function* pages<T>(fetch: (page: number) => Promise<Page<T>>, signal: AbortSignal): AsyncGenerator<T[]> {
  for (let page: number | null = 1; page !== null && !signal.aborted; ) {
    const result: Page<T> = await fetch(page);
    yield result.items;
    page = result.nextPage !== null && result.nextPage > page ? result.nextPage : null;
  }
}

async function allPages<T>(fetch: (page: number) => Promise<Page<T>>, signal: AbortSignal): Promise<T[]> {
  const items: T[] = [];
  for await (const rows of pages(fetch, signal)) items.push(...rows);
  return items;
}
