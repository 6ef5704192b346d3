/** What sign-in checks about a token before saving it. Pure: takes the API, returns a verdict. */
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
    return { ok: false, reason: notGitLab(api.instanceUrl, '/api/v4/user did not answer with a GitLab user') };
  }
  let info: TokenInfo | undefined;
  try {
    info = await api.tokenInfo();
  } catch (err) {
    return { ok: false, reason: `Couldn't read the token's details: ${refusalReason(err, api.instanceUrl)}` };
  }
  if (!info) return { ok: true, user, scopes: null, readOnly: false, expiresAt: null };
  if (info.revoked) return { ok: false, reason: 'This token has been revoked.' };
  if (!info.active) return { ok: false, reason: 'This token is no longer active (expired or revoked).' };
  const scopes = info.scopes;
  if (!scopes.includes('api') && !scopes.includes('read_api')) {
    return { ok: false, reason: `This token has neither the api nor the read_api scope (it has: ${scopes.join(', ') || 'none'}).` };
  }
  return {
    ok: true, user, scopes, readOnly: !scopes.includes('api'), expiresAt: info.expiresAt,
    expiryWarning: tokenExpiryWarning(info.expiresAt, now),
  };
}

/** `This token expires in 3 days (2026-11-25). …`, or undefined when it is not within 7 days. */
export function tokenExpiryWarning(expiresAt: string | null | undefined, now: Date, who = 'This token'): string | undefined {
  if (!expiresAt) return undefined;
  const days = daysUntil(expiresAt, now);
  if (days === undefined || days > TOKEN_EXPIRY_WARNING_DAYS) return undefined;
  const date = expiresAt.slice(0, 10);
  if (days < 0) return `${who} expired on ${date}. Create a new one in GitLab and sign in again.`;
  const when = days === 0 ? 'today' : days === 1 ? 'tomorrow' : `in ${days} days`;
  return `${who} expires ${when} (${date}). Create a new one in GitLab and sign in again before then.`;
}
