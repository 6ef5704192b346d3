/**
 * The access-expiry date people type: optional, `YYYY-MM-DD`, a real date, after today as GitLab counts it
 * (src/shared/dates.ts), the rule the API layer checks too. Pure.
 */
import * as l10n from '@vscode/l10n';
import { isRealDate, tomorrow } from '../shared/dates';

export type ExpiryCheck =
  | { readonly ok: true; /** null: no expiry. */ readonly value: string | null }
  | { readonly ok: false; readonly error: string };

/** Blank means "never expires". */
export function checkExpiryInput(text: string, now: Date): ExpiryCheck {
  const value = text.trim();
  if (!value) return { ok: true, value: null };
  if (!isRealDate(value)) return { ok: false, error: l10n.t('"{0}" is not a date: use YYYY-MM-DD, for example {1}.', value, earliestExpiry(now)) };
  if (value < earliestExpiry(now)) return { ok: false, error: l10n.t('The expiry date must be after today ({0} or later).', earliestExpiry(now)) };
  return { ok: true, value };
}

/** The first date an expiry may have: tomorrow. */
export const earliestExpiry = tomorrow;
