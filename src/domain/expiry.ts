/**
 * Membership and token expiry: dates as GitLab sends them (`YYYY-MM-DD`), compared by calendar day in UTC, as
 * GitLab judges them (Time.zone, UTC unless the instance sets another). GitLab counts a membership as expired from
 * its expires_at day on (Member.not_expired: expires_at > today) and its daily worker removes it (at 00:10); one
 * set to end today is removed at the next run. Pure.
 */
import * as l10n from '@vscode/l10n';

export type ExpiryState = 'none' | 'ok' | 'soon' | 'expired';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Beyond this many days the description shows the date rather than a count. */
const SHOW_DATE_AFTER_DAYS = 30;

/** Whole calendar days from `now` (its UTC date) to `date` (`YYYY-MM-DD` or an ISO timestamp); negative when past. */
export function daysUntil(date: string, now: Date): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  if (!match) return undefined;
  const target = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return Math.round((target - today) / DAY_MS);
}

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
