/**
 * New expiry dates for "Extend by 30 / 90 days / to a date". Extending counts from the current expiry, or from
 * today (src/shared/dates.ts) when that has already passed, so the new date is always after today. Pure.
 */
import * as l10n from '@vscode/l10n';
import { checkExpiryInput } from '../domain/expiryRule';
import { addDays, today } from '../shared/dates';

/** `current` (YYYY-MM-DD or ISO timestamp) + `days`, counted from today when `current` is in the past. */
export function extendedExpiry(current: string, days: number, now: Date): string {
  const from = current.slice(0, 10) > today(now) ? current.slice(0, 10) : today(now);
  return addDays(from, days);
}

/** For "Extend to a date…": a real date after today is required (blank would mean "never", which is not extending). */
export function checkExtendTo(text: string, now: Date): { ok: true; value: string } | { ok: false; error: string } {
  if (!text.trim()) return { ok: false, error: l10n.t('Type the new expiry date (YYYY-MM-DD).') };
  const check = checkExpiryInput(text, now);
  if (!check.ok) return check;
  return { ok: true, value: check.value as string };
}
