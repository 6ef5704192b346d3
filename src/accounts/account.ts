/** A signed-in GitLab account as stored in globalState: who and where, never the token. Pure: no vscode. */

export interface Account {
  /** Normalized base URL, e.g. `https://gitlab.example.com`. */
  readonly instanceUrl: string;
  readonly userId: number;
  readonly username: string;
  readonly name: string;
  /** The token's scopes at sign-in; null when the server could not say (older than 15.5). */
  readonly scopes: readonly string[] | null;
  /** The token's expiry date (YYYY-MM-DD) as GitLab told it at sign-in; null: none or unknown. */
  readonly tokenExpiresAt?: string | null;
}

/** Stable identity of an account: also the prefix of every tree node id under it. */
export function accountKey(account: Pick<Account, 'instanceUrl' | 'userId'>): string {
  return `${account.instanceUrl}#${account.userId}`;
}

/** Where the token lives in SecretStorage: `gitlabMembers.token:<instanceUrl>:<userId>`. */
export function secretKeyFor(account: Pick<Account, 'instanceUrl' | 'userId'>): string {
  return `gitlabMembers.token:${account.instanceUrl}:${account.userId}`;
}

/** A token without the `api` scope can read but not change anything. Unknown scopes are not treated as read-only. */
export function isReadOnly(account: Pick<Account, 'scopes'>): boolean {
  return account.scopes !== null && !account.scopes.includes('api');
}

/** `gitlab.example.com` (with the port when there is one) for messages and descriptions. */
export function hostOf(instanceUrl: string): string {
  try {
    return new URL(instanceUrl).host;
  } catch {
    return instanceUrl;
  }
}

export function sameAccount(a: Pick<Account, 'instanceUrl' | 'userId'>, b: Pick<Account, 'instanceUrl' | 'userId'>): boolean {
  return a.instanceUrl === b.instanceUrl && a.userId === b.userId;
}
