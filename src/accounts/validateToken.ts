/** What sign-in checks about a token before saving it. Pure: takes the API, returns a verdict. */
import * as l10n from '@vscode/l10n';
import type { GitLabApi } from '../gitlab/api';
import type { CurrentUser, TokenInfo } from '../gitlab/types';
import { daysUntil } from '../domain/expiry';
import { notGitLab, refusalReason } from './refusalReason';

/** Warn at sign-in (and at start-up) when the token expires within this many days. */
export const TOKEN_EXPIRY_WARNING_DAYS = 7;

export type TokenVerdict =
  | { readonly ok: false; readonly reason: string }
  | {
      readonly ok: true;
      readonly user: CurrentUser;
      /** null when the server has no `/personal_access_tokens/self`. */
      readonly scopes: readonly string[] | null;
      readonly readOnly: boolean;
      /** YYYY-MM-DD, or null when the token never expires or the server did not say. */
      readonly expiresAt: string | null;
      /** Set when the token expires soon: a sentence to show as a warning. */
      readonly expiryWarning?: string;
    };

export async function validateToken(api: GitLabApi, now: Date = new Date()): Promise<TokenVerdict> {
  let user: CurrentUser;
  try {
    user = await api.currentUser();
  } catch (err) {
    return { ok: false, reason: refusalReason(err, api.instanceUrl) };
  }
  // An HTML page (a login page, a proxy) answers 200 without a user in it.
  if (!Number.isInteger(user.id) || user.id <= 0 || !user.username) {
    return { ok: false, reason: notGitLab(api.instanceUrl, 'no-user') };
  }
  let info: TokenInfo | undefined;
  try {
    info = await api.tokenInfo();
  } catch (err) {
    return { ok: false, reason: l10n.t("Couldn't read the token's details: {0}", refusalReason(err, api.instanceUrl)) };
  }
  if (!info) return { ok: true, user, scopes: null, readOnly: false, expiresAt: null };
  if (info.revoked) return { ok: false, reason: l10n.t('This token has been revoked.') };
  if (!info.active) return { ok: false, reason: l10n.t('This token is no longer active (expired or revoked).') };
  const scopes = info.scopes;
  if (!scopes.includes('api') && !scopes.includes('read_api')) {
    const has = scopes.join(', ');
    return {
      ok: false,
      reason: has ? l10n.t('This token has neither the api nor the read_api scope (it has: {0}).', has) : l10n.t('This token has neither the api nor the read_api scope (it has: none).'),
    };
  }
  return {
    ok: true, user, scopes, readOnly: !scopes.includes('api'), expiresAt: info.expiresAt,
    expiryWarning: tokenExpiryWarning(info.expiresAt, now),
  };
}

/**
 * `This token expires in 3 days (2026-11-25). …`, or undefined when it is not within 7 days. `who` is the
 * sentence's subject, already localized (`The token for @demo on gitlab.example.com`); default `This token`.
 */
export function tokenExpiryWarning(expiresAt: string | null | undefined, now: Date, who?: string): string | undefined {
  if (!expiresAt) return undefined;
  const days = daysUntil(expiresAt, now);
  if (days === undefined || days > TOKEN_EXPIRY_WARNING_DAYS) return undefined;
  const date = expiresAt.slice(0, 10);
  const subject = who ?? l10n.t({ message: 'This token', comment: ['subject of the token expiry warning: "This token expires in 3 days (…)"'] });
  if (days < 0) return l10n.t({ message: '{0} expired on {1}. Create a new one in GitLab and sign in again.', args: [subject, date], comment: ['{0}: This token, or The token for @name on host'] });
  if (days === 0) return l10n.t({ message: '{0} expires today ({1}). Create a new one in GitLab and sign in again before then.', args: [subject, date], comment: ['{0}: This token, or The token for @name on host'] });
  if (days === 1) return l10n.t({ message: '{0} expires tomorrow ({1}). Create a new one in GitLab and sign in again before then.', args: [subject, date], comment: ['{0}: This token, or The token for @name on host'] });
  return l10n.t({ message: '{0} expires in {1} days ({2}). Create a new one in GitLab and sign in again before then.', args: [subject, days, date], comment: ['{0}: This token, or The token for @name on host'] });
}
