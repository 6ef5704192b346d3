/**
 * The access-expiry date people type: optional, `YYYY-MM-DD`, a real date, after today. "Today" is the later of
 * the local and the UTC date, so a date accepted here is never refused by the API layer (which uses UTC). Pure.
 */
import * as l10n from '@vscode/l10n';

export type ExpiryCheck =
  | { readonly ok: true; /** null: no expiry. */ readonly value: string | null }
  | { readonly ok: false; readonly error: string };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Blank means "never expires". */
export function checkExpiryInput(text: string, now: Date): ExpiryCheck {
  const value = text.trim();
  if (!value) return { ok: true, value: null };
  if (!isRealDate(value)) return { ok: false, error: l10n.t('"{0}" is not a date: use YYYY-MM-DD, for example {1}.', value, earliestExpiry(now)) };
  if (value < earliestExpiry(now)) return { ok: false, error: l10n.t('The expiry date must be after today ({0} or later).', earliestExpiry(now)) };
  return { ok: true, value };
}

/** The first date an expiry may have: tomorrow (by the later of the local and the UTC calendar). */
export function earliestExpiry(now: Date): string {
  const local = isoDate(now.getFullYear(), now.getMonth(), now.getDate() + 1);
  const utc = isoDate(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1);
  return local > utc ? local : utc;
}

export function isRealDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isoDate(year, month - 1, day) === value && year >= 1970;
}

/** Calendar arithmetic in UTC, so month and year overflow roll over correctly (day 32 → next month). */
function isoDate(year: number, monthIndex: number, day: number): string {
  return new Date(Date.UTC(year, monthIndex, day)).toISOString().slice(0, 10);
}
