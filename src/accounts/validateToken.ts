/** What sign-in checks about a token before saving it. Pure: takes the API, returns a verdict. */
import type { GitLabApi } from '../gitlab/api';
import type { CurrentUser } from '../gitlab/types';
import { userMessageOf } from '../domain/errors';
import { daysUntil } from '../domain/expiry';

/** Warn at sign-in when the token expires within this many days. */
export const TOKEN_EXPIRY_WARNING_DAYS = 7;

export type TokenVerdict =
  | { readonly ok: false; readonly reason: string }
  | {
      readonly ok: true;
      readonly user: CurrentUser;
      /** null when the server has no `/personal_access_tokens/self`. */
      readonly scopes: readonly string[] | null;
      readonly readOnly: boolean;
      /** Set when the token expires soon: a sentence to show as a warning. */
      readonly expiryWarning?: string;
    };

export async function validateToken(api: GitLabApi, now: Date = new Date()): Promise<TokenVerdict> {
  let user: CurrentUser;
  try {
    user = await api.currentUser();
  } catch (err) {
    return { ok: false, reason: userMessageOf(err) };
  }
  let info;
  try {
    info = await api.tokenInfo();
  } catch (err) {
    return { ok: false, reason: `Couldn't read the token's details: ${userMessageOf(err)}` };
  }
  if (!info) return { ok: true, user, scopes: null, readOnly: false };
  if (info.revoked) return { ok: false, reason: 'This token has been revoked.' };
  if (!info.active) return { ok: false, reason: 'This token is no longer active (expired or revoked).' };
  const scopes = info.scopes;
  if (!scopes.includes('api') && !scopes.includes('read_api')) {
    return { ok: false, reason: `This token has neither the api nor the read_api scope (it has: ${scopes.join(', ') || 'none'}).` };
  }
  return { ok: true, user, scopes, readOnly: !scopes.includes('api'), expiryWarning: expiryWarning(info.expiresAt, now) };
}

function expiryWarning(expiresAt: string | null, now: Date): string | undefined {
  if (!expiresAt) return undefined;
  const days = daysUntil(expiresAt, now);
  if (days === undefined || days > TOKEN_EXPIRY_WARNING_DAYS) return undefined;
  const when = days <= 0 ? 'today' : days === 1 ? 'tomorrow' : `in ${days} days (${expiresAt.slice(0, 10)})`;
  return `This token expires ${when}. Create a new one in GitLab and sign in again before then.`;
}
