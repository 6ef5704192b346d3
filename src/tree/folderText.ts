/** The words on a folder row: how many rows (loaded and in all), and how the folder is filtered or sorted. */
import * as l10n from '@vscode/l10n';
import { thousands } from '../domain/counts';
import type { PagedList } from './pagedList';

/** GitLab stops counting above this many rows. */
const UNCOUNTED_ABOVE = 10_000;

/**
 * `42` (all loaded), `100 of 2,345` (GitLab gave the total), `100 of 10,000+` (it did not: above 10,000),
 * `3+` (rows counted on the client with more pages), `couldn't load`, or nothing before the first page.
 * @param countsTotal GitLab's total counts exactly these rows (not so for pending members, which include approved invitations).
 */
export function countText(list: PagedList<{ readonly id: string }>, countsTotal: boolean): string | undefined {
  const loaded = list.items.length;
  if (list.complete) return thousands(loaded);
  if (!list.hasMore) return undefined;
  if (list.error !== undefined && loaded === 0) return l10n.t({ message: "couldn't load", comment: ['folder count when its first page failed'] });
  if (!countsTotal) return `${thousands(loaded)}+`;
  if (list.total !== null) return l10n.t({ message: '{0} of {1}', args: [thousands(loaded), thousands(list.total)], comment: ['folder count: rows loaded of all rows, "100 of 2,345"'] });
  return list.error === undefined
    ? l10n.t({ message: '{0} of {1}+', args: [thousands(loaded), thousands(UNCOUNTED_ABOVE)], comment: ['folder count: rows loaded of more than 10,000 rows, "100 of 10,000+"'] })
    : `${thousands(loaded)}+`;
}

/** `12,500`, `3 · matching "ivan" · with inherited · by role`. */
export function folderDescription(count: string | undefined, notes: readonly string[]): string | undefined {
  const parts = [count, ...notes].filter((p): p is string => Boolean(p));
  return parts.length ? parts.join(' · ') : undefined;
}

/** `matching "ivan"`. */
export function filterNote(query: string | undefined): string | undefined {
  return query ? l10n.t('matching "{0}"', query) : undefined;
}
