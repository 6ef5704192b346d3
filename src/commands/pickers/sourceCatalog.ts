/**
 * Every group and project an account can see, level by level (top-level groups and personal projects, then
 * their subgroups and projects, …), handed out in batches so a picker fills while it loads. Stops at `limit`.
 */
import type { GitLabApi } from '../../gitlab/api';
import type { Page, Source } from '../../gitlab/types';

export const CATALOG_LIMIT = 1000;

export async function* walkSources(api: GitLabApi, signal: AbortSignal, limit = CATALOG_LIMIT): AsyncGenerator<Source[]> {
  const opts = { signal };
  let count = 0;
  let level: Source[] = [
    ...(await allPages((page) => api.listTopLevelGroups({ page }, opts), signal)),
    ...(await allPages((page) => api.listOwnProjects({ page }, opts), signal)),
  ];
  while (level.length > 0 && count < limit && !signal.aborted) {
    const batch = level.slice(0, limit - count);
    count += batch.length;
    yield batch;
    const groups = batch.filter((s) => s.kind === 'group');
    const children = await Promise.all(groups.map(async (g) => [
      ...(await allPages((page) => api.listSubgroups(g.id, { page }, opts), signal)),
      ...(await allPages((page) => api.listGroupProjects(g.id, { page }, opts), signal)),
    ]));
    level = children.flat();
  }
}

async function allPages<T>(fetch: (page: number) => Promise<Page<T>>, signal: AbortSignal): Promise<T[]> {
  const items: T[] = [];
  for (let page: number | null = 1; page !== null && !signal.aborted; ) {
    const result: Page<T> = await fetch(page);
    items.push(...result.items);
    page = result.nextPage !== null && result.nextPage > page ? result.nextPage : null;
  }
  return items;
}
