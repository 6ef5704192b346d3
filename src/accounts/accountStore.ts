/**
 * Accounts in globalState (no secrets) and their tokens in SecretStorage, one key per account.
 * Typed against the small parts of vscode's Memento and SecretStorage it uses, so plain Node can test it.
 */
import { accountKey, sameAccount, secretKeyFor, type Account } from './account';
import { PINS_KEY, PinStore } from './pinStore';

const ACCOUNTS_KEY = 'gitlabMembers.accounts';

export interface StateLike {
  get<T>(key: string): T | undefined;
  update(key: string, value: unknown): PromiseLike<void>;
}

export interface SecretsLike {
  get(key: string): PromiseLike<string | undefined>;
  store(key: string, value: string): PromiseLike<void>;
  delete(key: string): PromiseLike<void>;
}

export class AccountStore {
  /**
   * What Settings Sync carries to your other machines: the accounts (who and where, no secret) and their pinned
   * groups and projects. Tokens stay in this machine's SecretStorage: a synced account asks to sign in again.
   */
  static readonly syncedKeys: readonly string[] = [ACCOUNTS_KEY, PINS_KEY];

  /** Each account's pinned groups and projects (forgotten with the account). */
  readonly pins: PinStore;

  constructor(
    private readonly state: StateLike,
    private readonly secrets: SecretsLike,
  ) {
    this.pins = new PinStore(state);
  }

  list(): Account[] {
    const stored = this.state.get<unknown>(ACCOUNTS_KEY);
    return Array.isArray(stored) ? stored.filter(isAccount) : [];
  }

  /** Reads the token when a request needs it; undefined when the secret is gone. */
  token(account: Account): Promise<string | undefined> {
    return Promise.resolve(this.secrets.get(secretKeyFor(account)));
  }

  /** Adds the account, or replaces the same user on the same instance, and stores its token. */
  async save(account: Account, token: string): Promise<void> {
    await this.secrets.store(secretKeyFor(account), token);
    const others = this.list().filter((a) => !sameAccount(a, account));
    await this.state.update(ACCOUNTS_KEY, [...others, account]);
  }

  /** Deletes the token from SecretStorage and forgets the account and its pins. */
  async remove(account: Account): Promise<void> {
    await this.secrets.delete(secretKeyFor(account));
    await this.pins.removeAccount(accountKey(account));
    await this.state.update(ACCOUNTS_KEY, this.list().filter((a) => !sameAccount(a, account)));
  }
}

function isAccount(value: unknown): value is Account {
  if (typeof value !== 'object' || value === null) return false;
  const a = value as Record<string, unknown>;
  return typeof a.instanceUrl === 'string' && typeof a.userId === 'number' && typeof a.username === 'string'
    && typeof a.name === 'string' && (a.scopes === null || Array.isArray(a.scopes))
    && (a.tokenExpiresAt === undefined || a.tokenExpiresAt === null || typeof a.tokenExpiresAt === 'string');
}
