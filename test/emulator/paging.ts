// GitLab offset pagination: x-page, x-per-page, x-next-page, x-prev-page, x-total, x-total-pages and Link.
// Above 10,000 results x-total, x-total-pages and rel="last" are omitted.
import { json, messageError, type ApiResponse, HttpError, plainError } from './errors';
import type { Params } from './params';

export const MAX_PER_PAGE = 100;
export const DEFAULT_PER_PAGE = 20;
export const COUNT_LIMIT = 10_000;

export interface PageRequest {
  page: number;
  perPage: number;
}

function positiveInt(params: Params, key: string, fallback: number): number {
  const raw = params.str(key);
  if (raw === undefined || raw === '') return fallback;
  if (!/^\s*-?\d+\s*$/.test(raw)) throw new HttpError(plainError(400, `${key} is invalid`));
  const n = Number.parseInt(raw, 10);
  return n >= 1 ? n : fallback;
}

export function pageRequest(params: Params): PageRequest {
  const page = positiveInt(params, 'page', 1);
  const perPage = Math.min(positiveInt(params, 'per_page', DEFAULT_PER_PAGE), MAX_PER_PAGE);
  return { page, perPage };
}

function pageUrl(url: URL, page: number, perPage: number): string {
  const u = new URL(url.toString());
  u.searchParams.set('page', String(page));
  u.searchParams.set('per_page', String(perPage));
  return u.toString();
}

/**
 * Paginates `items`, rendering only the rows on the requested page. `url` is the request URL on the emulator origin.
 * Lists without keyset support (members, invitations, pending members) refuse pagination=keyset with 405.
 */
export function paginate<T>(params: Params, url: URL, items: readonly T[], render: (item: T) => unknown, opts: { keyset?: boolean } = {}): ApiResponse {
  if (params.str('pagination') === 'keyset' && !opts.keyset) {
    throw new HttpError(messageError(405, 'Keyset pagination is not yet available for this type of request'));
  }
  const { page, perPage } = pageRequest(params);
  const total = items.length;
  const start = (page - 1) * perPage;
  const rows = items.slice(start, start + perPage).map(render);
  const totalPages = Math.max(1, Math.ceil(total / perPage));
  const outOfRange = page > totalPages;
  const hasNext = start + perPage < total;
  const hasPrev = page > 1 && !outOfRange;
  const exact = total <= COUNT_LIMIT;

  const headers: Record<string, string> = {
    'x-page': String(page),
    'x-per-page': String(perPage),
    'x-next-page': hasNext ? String(page + 1) : '',
    'x-prev-page': hasPrev ? String(page - 1) : '',
  };
  if (exact) {
    headers['x-total'] = String(total);
    headers['x-total-pages'] = String(totalPages);
  }
  const links: string[] = [];
  if (hasPrev) links.push(`<${pageUrl(url, page - 1, perPage)}>; rel="prev"`);
  if (hasNext) links.push(`<${pageUrl(url, page + 1, perPage)}>; rel="next"`);
  links.push(`<${pageUrl(url, 1, perPage)}>; rel="first"`);
  if (exact) links.push(`<${pageUrl(url, totalPages, perPage)}>; rel="last"`);
  headers['link'] = links.join(', ');
  return json(200, rows, headers);
}
