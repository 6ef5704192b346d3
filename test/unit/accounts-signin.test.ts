// Sign-in against the emulator and look-alikes: every refusal names its reason; accepted tokens are kept
// with their scopes and expiry; pins and the token go away with the account.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { accountKey } from '../../src/accounts/account';
import { addAccount } from '../../src/accounts/addAccount';
import { AccountStore } from '../../src/accounts/accountStore';
import { Sessions } from '../../src/accounts/sessions';
import { tokenExpiryWarning, validateToken } from '../../src/accounts/validateToken';
import { createGitLabClient } from '../../src/gitlab/client';
import { FAST_RETRY, clientFor, useEmulator } from './support/emulatorClient';
import { group } from './support/fakeTree';

const emulator = useEmulator();

function memoryStore() {
  const state = new Map<string, unknown>();
  const secrets = new Map<string, string>();
  const store = new AccountStore(
    { get: <T>(k: string) => state.get(k) as T | undefined, update: async (k, v) => { state.set(k, v); } },
    { get: async (k) => secrets.get(k), store: async (k, v) => { secrets.set(k, v); }, delete: async (k) => { secrets.delete(k); } },
  );
  const sessions = new Sessions(store, (c) => createGitLabClient({ ...c, retry: FAST_RETRY }), () => ({ perPage: 100, maxConcurrentRequests: 4 }), () => undefined);
  return { store, sessions, secrets, state };
}

async function reason(token: string, url = emulator().url): Promise<string> {
  const verdict = await validateToken(clientFor(emulator(), token, { instanceUrl: url }).api);
  assert.ok(!verdict.ok, 'the token was accepted');
  return verdict.reason;
}

/** A web server that is not GitLab: answers every path with `status` and an HTML page. */
async function htmlServer(status: number): Promise<{ url: string; close: () => void }> {
  const server = http.createServer((_req, res) => res.writeHead(status, { 'content-type': 'text/html' }).end('<html>Sign in</html>'));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() };
}

test('expired, revoked and unknown tokens are refused with their own reason', async () => {
  assert.match(await reason(emulator().tokens.expired), /^This token has expired\. Create a new personal access token/);
  assert.match(await reason(emulator().tokens.revoked), /^This token has been revoked\./);
  assert.match(await reason('glpat-not-a-real-token'), /did not accept this token \(401\)/);
});

test('a URL that is not GitLab is refused as such: an HTML page, or no API at /api/v4', async () => {
  for (const status of [200, 404]) {
    const site = await htmlServer(status);
    try {
      assert.match(await reason('glpat-whatever', site.url), new RegExp(`^${site.url} does not look like GitLab`));
    } finally {
      site.close();
    }
  }
  assert.match(await reason('glpat-whatever', 'http://127.0.0.1:9'), /refused the connection|connection to 127\.0\.0\.1:9 failed/);
});

test('a read_api token is kept read-only with its expiry; sign-out removes it, its secret and its pins', async () => {
  const { store, sessions, secrets } = memoryStore();
  const result = await addAccount(store, sessions, `${emulator().url}/`, ` ${emulator().tokens.readOnly} `);
  assert.ok(result.ok, JSON.stringify(result));
  assert.deepEqual(result.account.scopes, ['read_api']);
  assert.match(result.account.tokenExpiresAt ?? '', /^\d{4}-\d{2}-\d{2}$/);
  assert.equal(result.account.instanceUrl, emulator().url);
  assert.equal(sessions.forAccount(result.account).readOnly, true);
  assert.equal(await store.token(result.account), emulator().tokens.readOnly);

  const second = await addAccount(store, sessions, emulator().url, emulator().tokens.alice);
  assert.ok(second.ok);
  assert.deepEqual(store.list().map((a) => a.username), ['demo', 'alice'], 'two users on one instance side by side');
  const key = sessions.forAccount(result.account).key;
  await store.pins.add(key, group(102, 'Infra', 101));
  assert.equal(await store.pins.add(key, group(102, 'Infra', 101)), false, 'pinning twice keeps one');
  assert.equal(store.pins.list(key).length, 1);

  await store.remove(result.account);
  assert.deepEqual(store.list().map((a) => a.username), ['alice']);
  assert.deepEqual(store.pins.list(key), []);
  assert.deepEqual([...secrets.values()], [emulator().tokens.alice]);
});

test('a token expiring within 7 days is accepted with a warning that gives the date', () => {
  const now = new Date('2026-11-22T09:00:00Z');
  assert.equal(tokenExpiryWarning('2026-11-25', now), 'This token expires in 3 days (2026-11-25). Create a new one in GitLab and sign in again before then.');
  assert.equal(tokenExpiryWarning('2026-11-29', now)?.startsWith('This token expires in 7 days'), true);
  assert.equal(tokenExpiryWarning('2026-11-30', now), undefined);
  assert.match(tokenExpiryWarning('2026-11-20', now, 'The token for @demo') ?? '', /^The token for @demo expired on 2026-11-20\./);
  assert.equal(tokenExpiryWarning(null, now), undefined);
});

test('Settings Sync carries the accounts and their pins, never a token: the synced keys hold no secret', async () => {
  const { store, sessions, secrets, state } = memoryStore();
  const token = emulator().tokens.api;
  const added = await addAccount(store, sessions, emulator().url, token);
  assert.ok(added.ok, 'sign-in failed');
  await store.pins.add(accountKey(added.account), group(110, 'Platform', 100));
  // Another machine receives only the synced keys, as Settings Sync copies them.
  const elsewhere = memoryStore();
  for (const key of AccountStore.syncedKeys) {
    const value = state.get(key);
    assert.ok(value !== undefined, `${key} holds nothing`);
    assert.ok(!JSON.stringify(value).includes(token), `${key} holds the token`);
    elsewhere.state.set(key, value);
  }
  assert.ok([...secrets.values()].includes(token), 'the token was not kept on this machine');
  const [account] = elsewhere.store.list();
  assert.equal(account?.username, 'demo', 'the account did not reach the other machine');
  assert.deepEqual(elsewhere.store.pins.list(accountKey(account)).map((s) => s.fullPath), ['platform']);
  assert.equal(await elsewhere.store.token(account), undefined, 'a token reached the other machine');
  assert.equal(await elsewhere.sessions.forAccount(account).hasToken(), false, 'the synced account does not ask to sign in again');
});
