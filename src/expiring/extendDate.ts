/**
 * New expiry dates for "Extend by 30 / 90 days / to a date". Extending counts from the current expiry, or from
 * today when that has already passed, so the new date is always after today (GitLab refuses anything else).
 * Calendar arithmetic in UTC, like the API layer's date checks. Pure.
 */
import * as l10n from '@vscode/l10n';
import { checkExpiryInput } from '../domain/expiryRule';

const DAY_MS = 24 * 60 * 60 * 1000;

/** `current` (YYYY-MM-DD or ISO timestamp) + `days`, counted from today when `current` is in the past. */
export function extendedExpiry(current: string, days: number, now: Date): string {
  const today = now.toISOString().slice(0, 10);
  const from = current.slice(0, 10) > today ? current.slice(0, 10) : today;
  return addDays(from, days);
}

export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d) + days * DAY_MS).toISOString().slice(0, 10);
}

/** For "Extend to a date…": a real date after today is required (blank would mean "never", which is not extending). */
export function checkExtendTo(text: string, now: Date): { ok: true; value: string } | { ok: false; error: string } {
  if (!text.trim()) return { ok: false, error: l10n.t('Type the new expiry date (YYYY-MM-DD).') };
  const check = checkExpiryInput(text, now);
  if (!check.ok) return check;
  return { ok: true, value: check.value as string };
}
