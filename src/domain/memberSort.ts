/**
 * Sorting member rows on the client: GitLab's members API has no sort parameter, so a folder sorts the rows
 * it has loaded (after "Load all", that is everything). Pure: no vscode.
 */
import type { Member } from '../gitlab/types';

export type MemberSort = 'name' | 'role' | 'expiry';

export const MEMBER_SORTS: ReadonlyArray<{ readonly sort: MemberSort; readonly label: string; readonly detail: string }> = [
  { sort: 'name', label: 'Name', detail: 'A to Z by name, then username' },
  { sort: 'role', label: 'Role', detail: 'Owners first, then by name' },
  { sort: 'expiry', label: 'Expiry', detail: 'Soonest expiry first; memberships without expiry last' },
];

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

const byName = (a: Member, b: Member): number =>
  collator.compare(a.name || a.username, b.name || b.username) || collator.compare(a.username, b.username);

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

export function sortLabel(sort: MemberSort): string {
  return MEMBER_SORTS.find((s) => s.sort === sort)?.label.toLowerCase() ?? sort;
}
