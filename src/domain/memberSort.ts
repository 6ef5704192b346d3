/**
 * Sorting member rows on the client: GitLab's members API has no sort parameter, so a folder sorts the rows
 * it has loaded (after "Load all", that is everything). Pure: no vscode.
 */
import * as l10n from '@vscode/l10n';
import type { Member } from '../gitlab/types';

export type MemberSort = 'name' | 'role' | 'expiry';

/** The orders offered, with their quick-pick label and detail (read when used, in the display language). */
export const MEMBER_SORTS: ReadonlyArray<{ readonly sort: MemberSort; readonly label: string; readonly detail: string }> = [
  {
    sort: 'name',
    get label() { return l10n.t({ message: 'Name', comment: ['sort order: by name'] }); },
    get detail() { return l10n.t('A to Z by name, then username'); },
  },
  {
    sort: 'role',
    get label() { return l10n.t({ message: 'Role', comment: ['sort order: by role'] }); },
    get detail() { return l10n.t('Owners first, then by name'); },
  },
  {
    sort: 'expiry',
    get label() { return l10n.t({ message: 'Expiry', comment: ['sort order: by expiry date'] }); },
    get detail() { return l10n.t('Soonest expiry first; memberships without expiry last'); },
  },
];

/**
 * Made on the first sort, not when the bundle loads: creating a collator loads the locale's ICU data, about 10 ms
 * (three quarters of evaluating the whole activation bundle) that every activation would pay for nothing.
 */
let collator: Intl.Collator | undefined;
const compareText = (a: string, b: string): number => (collator ??= new Intl.Collator(undefined, { sensitivity: 'base', numeric: true })).compare(a, b);

const byName = (a: Member, b: Member): number =>
  compareText(a.name || a.username, b.name || b.username) || compareText(a.username, b.username);

const COMPARATORS: Record<MemberSort, (a: Member, b: Member) => number> = {
  name: byName,
  role: (a, b) => b.accessLevel - a.accessLevel || byName(a, b),
  // YYYY-MM-DD strings compare as dates; no expiry sorts after every date.
  expiry: (a, b) => (a.expiresAt ?? '9999-99-99').localeCompare(b.expiresAt ?? '9999-99-99') || byName(a, b),
};

/** A new array sorted stably by `sort`; the input is not changed. */
export function sortMembers<T>(rows: readonly T[], sort: MemberSort, memberOf: (row: T) => Member): T[] {
  const compare = COMPARATORS[sort];
  return [...rows].sort((a, b) => compare(memberOf(a), memberOf(b)));
}

/** `name`, `role`, `expiry`: completes "by …" in the folder's description. */
export function sortLabel(sort: MemberSort): string {
  switch (sort) {
    case 'name': return l10n.t({ message: 'name', comment: ['completes "by …": the order of a folder\'s rows'] });
    case 'role': return l10n.t({ message: 'role', comment: ['completes "by …": the order of a folder\'s rows'] });
    case 'expiry': return l10n.t({ message: 'expiry', comment: ['completes "by …": the order of a folder\'s rows'] });
    default: return sort;
  }
}
