/**
 * One API client per signed-in account, made on first use (building a client is not free) and reused.
 * The token is read from SecretStorage each time a request needs it, never kept here.
 */
import * as l10n from '@vscode/l10n';
import type { GitLabApi, GitLabClientConfig, RequestEvent } from '../gitlab/api';
import { accountKey, isReadOnly, type Account } from './account';
import type { AccountStore } from './accountStore';
import { platform } from '../platform/current';
import type { ProxyChoice, TrustingFetch } from '../platform/tlsFetch';

export type ClientFactory = (config: GitLabClientConfig) => GitLabApi;

export interface ClientSettings {
  readonly perPage: number;
  readonly maxConcurrentRequests: number;
  /** A PEM file of extra CAs to trust; empty: only the usual ones. */
  readonly caFile?: string;
  /** The proxy VS Code uses (`http.proxy`), which the CA file's fetch must go through itself. */
  readonly proxy?: ProxyChoice;
}

/** What the tree and the commands need about one account. */
export interface AccountSession {
  readonly account: Account;
  readonly key: string;
  readonly readOnly: boolean;
  /** The client, built on first access (throws when the CA file setting cannot be used). */
  readonly api: GitLabApi;
  hasToken(): Promise<boolean>;
}

export class Sessions {
  private readonly cache = new Map<string, AccountSession>();
  private tls: { readonly key: string; readonly trusting: TrustingFetch } | undefined;

  constructor(
    private readonly store: AccountStore,
    private readonly createClient: ClientFactory,
    private readonly settings: () => ClientSettings,
    private readonly onRequest: (event: RequestEvent) => void,
  ) {}

  /** Builds a client for a token that is not stored yet (sign-in checks it first). */
  clientForToken(instanceUrl: string, token: string): GitLabApi {
    return this.createClient({ ...this.baseConfig(), instanceUrl, token });
  }

  forAccount(account: Account): AccountSession {
    const key = accountKey(account);
    let session = this.cache.get(key);
    if (!session || session.account !== account) {
      session = this.makeSession(account, key);
      this.cache.set(key, session);
    }
    return session;
  }

  /** Forget every client: after a settings change or a sign-in/out. */
  clear(): void {
    this.cache.clear();
    this.tls?.trusting.close();
    this.tls = undefined;
  }

  dispose(): void {
    this.clear();
  }

  private makeSession(account: Account, key: string): AccountSession {
    const store = this.store;
    const build = (): GitLabApi => this.createClient({
      ...this.baseConfig(),
      instanceUrl: account.instanceUrl,
      token: async () => {
        const token = await store.token(account);
        if (!token) throw new Error(l10n.t('Token missing — sign in again.'));
        return token;
      },
    });
    let api: GitLabApi | undefined;
    return {
      account,
      key,
      readOnly: isReadOnly(account),
      get api() {
        api ??= build();
        return api;
      },
      hasToken: async () => (await store.token(account)) !== undefined,
    };
  }

  private baseConfig(): Omit<GitLabClientConfig, 'instanceUrl' | 'token'> {
    const { perPage, maxConcurrentRequests, caFile, proxy } = this.settings();
    return { perPage, maxConcurrentRequests, onRequest: this.onRequest, ...(caFile ? { fetch: this.trustingFetch(caFile, proxy) } : {}) };
  }

  /** One dispatcher for the CA file (and proxy), shared by every client until a setting changes. */
  private trustingFetch(path: string, proxy: ProxyChoice | undefined): typeof fetch {
    const key = JSON.stringify([path, proxy ?? null]);
    if (this.tls?.key !== key) {
      this.tls?.trusting.close();
      this.tls = { key, trusting: platform.trustingFetch(path, proxy) };
    }
    return this.tls.trusting.fetch;
  }
}
