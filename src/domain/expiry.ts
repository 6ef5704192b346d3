/**
 * Membership and token expiry as the tree and tooltips say it, counted in calendar days from GitLab's "today"
 * (src/shared/dates.ts). GitLab counts a membership as expired from its expires_at day on and its daily worker
 * removes it (at 00:10); one set to end today is removed at the next run. Pure.
 */
import * as l10n from '@vscode/l10n';
import { daysFromToday } from '../shared/dates';

export type ExpiryState = 'none' | 'ok' | 'soon' | 'expired';

/** Beyond this many days the description shows the date rather than a count. */
const SHOW_DATE_AFTER_DAYS = 30;

/** Whole calendar days from today to `date` (`YYYY-MM-DD` or an ISO timestamp); negative when past. */
export const daysUntil = daysFromToday;

/** `none` without a date; `soon` from tomorrow up to `warningDays` ahead; `expired` from the day itself (GitLab's rule). */
export function expiryState(expiresAt: string | null | undefined, now: Date, warningDays: number): ExpiryState {
  if (!expiresAt) return 'none';
  const days = daysUntil(expiresAt, now);
  if (days === undefined) return 'none';
  if (days <= 0) return 'expired';
  return days <= warningDays ? 'soon' : 'ok';
}

/** `ended today`, `expires tomorrow`, `expires in 3 days`, `expires 2027-03-01`, `expired`; undefined without a date. */
export function describeExpiry(expiresAt: string | null | undefined, now: Date): string | undefined {
  if (!expiresAt) return undefined;
  const days = daysUntil(expiresAt, now);
  if (days === undefined) return l10n.t('expires {0}', expiresAt);
  if (days < 0) return l10n.t({ message: 'expired', comment: ['the access has expired'] });
  if (days === 0) return l10n.t('ended today');
  if (days === 1) return l10n.t('expires tomorrow');
  if (days <= SHOW_DATE_AFTER_DAYS) return l10n.t('expires in {0} days', days);
  return l10n.t('expires {0}', expiresAt.slice(0, 10));
}

/** For tooltips: `2026-11-25 (in 3 days)`, `2026-11-01 (expired)`. */
export function describeExpiryLong(expiresAt: string, now: Date): string {
  const days = daysUntil(expiresAt, now);
  const date = expiresAt.slice(0, 10);
  if (days === undefined) return date;
  if (days < 0) return -days === 1 ? l10n.t('{0} (expired yesterday)', date) : l10n.t('{0} (expired {1} days ago)', date, -days);
  if (days === 0) return l10n.t('{0} (today: GitLab counts it as ended and removes it at its next daily clean-up)', date);
  if (days === 1) return l10n.t('{0} (tomorrow)', date);
  return l10n.t('{0} (in {1} days)', date, days);
}
