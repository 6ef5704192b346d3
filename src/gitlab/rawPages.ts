/** Following a list's pages one by one through a resource's raw requester, for endpoints gitbeaker lacks. */
import type { CallOptions } from './api';
import { withCall } from './callContext';
import { MAX_PER_PAGE } from './paging';
import { rawRequester, type Json } from './resources';

/** Every row of `endpoint` (relative to the resource, e.g. `acme/billable_members/7/indirect`), mapped. */
export async function allPages<T>(resource: object, endpoint: string, map: (j: Json) => T, opts?: CallOptions, searchParams: Record<string, string> = {}): Promise<T[]> {
  const requester = rawRequester(resource);
  const rows: T[] = [];
  for (let page: number | null = 1; page !== null;) {
    const asked: number = page;
    const response = await withCall(opts, () => requester.get(endpoint, { searchParams: { ...searchParams, page: asked, perPage: MAX_PER_PAGE } }));
    rows.push(...(Array.isArray(response.body) ? (response.body as Json[]) : []).map(map));
    const next = Number(response.headers?.['x-next-page']);
    page = Number.isInteger(next) && next > asked ? next : null;
  }
  return rows;
}
