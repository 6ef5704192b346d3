/**
 * Calendar dates as GitLab stores `expires_at` (`YYYY-MM-DD`), and the one "today" every part of the product uses.
 *
 * GitLab judges `expires_at` by `Date.current`: the calendar day in the instance's time zone (`config.time_zone`,
 * `gitlab_rails['time_zone']`, UTC unless the administrator sets another; the API does not tell a client which).
 * - `app/validators/future_date_validator.rb`: a member's `expires_at` before `Date.current` is refused
 *   ("cannot be a date in the past").
 * - `app/models/member.rb` (`not_expired`: `expires_at > today`) and `Expirable#expired` (`expires_at <= now`):
 *   from that day on the membership counts as expired, and the daily worker removes it.
 * So "today" is the UTC calendar day, wherever the user sits. A membership set to end today would be gone at
 * once, so the earliest expiry offered is tomorrow, as GitLab's own invite modal does. Pure; no time zone but UTC.
 */

export const DAY_MS = 24 * 60 * 60 * 1000;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Today as GitLab counts it (UTC), `YYYY-MM-DD`. */
export function today(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/** The first expiry date GitLab keeps: tomorrow (UTC). */
export function tomorrow(now: Date): string {
  return addDays(today(now), 1);
}

/** `date` (`YYYY-MM-DD`) plus `days` (negative: minus), rolling over months and years. */
export function addDays(date: string, days: number): string {
  const [year, month, day] = date.slice(0, 10).split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day) + days * DAY_MS).toISOString().slice(0, 10);
}

/** A real calendar date written `YYYY-MM-DD` (no February 30th, no 5-digit years; before 0100 is no date either). */
export function isRealDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10) === value;
}

/** Whole calendar days from today to `date` (`YYYY-MM-DD` or an ISO timestamp, read by its date); negative when past. */
export function daysFromToday(date: string, now: Date): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  if (!match) return undefined;
  const target = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return Math.round((target - Date.parse(`${today(now)}T00:00:00Z`)) / DAY_MS);
}
