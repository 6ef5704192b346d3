/**
 * How long a seat has been idle, in words, from GitLab's `last_activity_on` (a UTC calendar day; null: never
 * active). A seat idle for `DORMANT_DAYS` or more is dormant: GitLab's own "dormant users" default is 90 days
 * (Settings > General > Account and limit, `deactivate_dormant_users_period`). Pure.
 */
import * as l10n from '@vscode/l10n';
import { daysFromToday } from '../shared/dates';

export const DORMANT_DAYS = 90;

export function idleDays(lastActivityOn: string | null, now: Date): number | undefined {
  if (lastActivityOn === null) return undefined;
  const days = daysFromToday(lastActivityOn, now);
  return days === undefined ? undefined : Math.max(0, -days);
}

export function isDormant(lastActivityOn: string | null, now: Date): boolean {
  const idle = idleDays(lastActivityOn, now);
  return idle === undefined || idle >= DORMANT_DAYS;
}

/** `active today`, `active 3 days ago`, `never active`. */
export function describeActivity(lastActivityOn: string | null, now: Date): string {
  const idle = idleDays(lastActivityOn, now);
  if (idle === undefined) return l10n.t('never active');
  if (idle === 0) return l10n.t('active today');
  if (idle === 1) return l10n.t('active yesterday');
  return l10n.t('active {0} days ago', idle);
}
