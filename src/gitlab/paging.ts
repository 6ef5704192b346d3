/** One page through gitbeaker (`page` + `showExpanded`), mapped to a domain `Page<T>`. */
import type { CallOptions } from './api';
import { withCall } from './callContext';
import type { ExpandedPage, Json } from './resources';
import type { Page, PageRequest } from './types';

export const MAX_PER_PAGE = 100;

export function pageParams(req: PageRequest | undefined, defaultPerPage: number) {
  const perPage = Math.max(1, Math.min(MAX_PER_PAGE, Math.floor(req?.perPage ?? defaultPerPage)));
  const page = Math.max(1, Math.floor(req?.page ?? 1));
  return { page, perPage, showExpanded: true as const };
}

const orNull = (n: number): number | null => (Number.isFinite(n) ? n : null);

export async function fetchPage<T>(
  opts: CallOptions | undefined, call: () => Promise<unknown>, map: (j: Json) => T, requested: { page: number; perPage: number },
): Promise<Page<T>> {
  const result = (await withCall(opts, call)) as ExpandedPage;
  const info = result.paginationInfo;
  const data = Array.isArray(result.data) ? result.data : [];
  return {
    items: data.map(map),
    page: orNull(info.current) ?? requested.page,
    perPage: orNull(info.perPage) ?? requested.perPage,
    nextPage: info.next && info.next > 0 ? info.next : null,
    total: orNull(info.total),
    totalPages: orNull(info.totalPages),
  };
}
