/** Checks made before any request, so bad input never reaches GitLab. */
import * as l10n from '@vscode/l10n';
import { isRealDate, today } from '../shared/dates';
import { GitLabInputError } from './errors';
import type { AccessLevel } from './types';

export { isValidEmail } from '../shared/email';

export function checkAccessLevel(level: AccessLevel): void {
  if (!Number.isInteger(level) || level < 0) throw new GitLabInputError(l10n.t('{0} is not a GitLab role.', String(level)));
}

/** An expiry date must be a real YYYY-MM-DD date after today (src/shared/dates.ts). */
export function checkExpiry(date: string | null | undefined, now = new Date()): void {
  if (date === null || date === undefined) return;
  if (!isRealDate(date)) throw new GitLabInputError(l10n.t('"{0}" is not a date; use YYYY-MM-DD.', date));
  if (date <= today(now)) throw new GitLabInputError(l10n.t('The expiry date {0} must be after today.', date));
}

export function checkUserId(id: number): void {
  if (!Number.isInteger(id) || id <= 0) throw new GitLabInputError(l10n.t('{0} is not a user id.', String(id)));
}

export function checkGroupId(id: number): void {
  if (!Number.isInteger(id) || id <= 0) throw new GitLabInputError(l10n.t('{0} is not a group id.', String(id)));
}
