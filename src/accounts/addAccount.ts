/**
 * Signing in, without any UI: check the token with GitLab, then keep the account (globalState) and the
 * token (SecretStorage). Used by the Sign In command and by the extension's exported test API.
 */
import { userMessageOf } from '../domain/errors';
import { normalizeInstanceUrl } from '../gitlab';
import type { Account } from './account';
import type { AccountStore } from './accountStore';
import type { Sessions } from './sessions';
import { validateToken, type TokenVerdict } from './validateToken';

export type SignInResult =
  | { readonly ok: false; readonly reason: string }
  | { readonly ok: true; readonly account: Account; readonly verdict: Extract<TokenVerdict, { ok: true }> };

export async function addAccount(store: AccountStore, sessions: Sessions, instanceUrl: string, token: string): Promise<SignInResult> {
  let verdict: TokenVerdict;
  let url: string;
  try {
    url = normalizeInstanceUrl(instanceUrl);
    verdict = await validateToken(sessions.clientForToken(url, token.trim()));
  } catch (err) {
    // A bad URL, or a CA certificate file that cannot be used.
    return { ok: false, reason: userMessageOf(err) };
  }
  if (!verdict.ok) return verdict;
  const { user } = verdict;
  const account: Account = {
    instanceUrl: url, userId: user.id, username: user.username, name: user.name, scopes: verdict.scopes, tokenExpiresAt: verdict.expiresAt,
  };
  await store.save(account, token.trim());
  sessions.clear();
  return { ok: true, account, verdict };
}
