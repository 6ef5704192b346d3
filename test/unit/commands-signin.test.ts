// Sign-in's checks and where accounts and tokens are kept, without vscode.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { isReadOnly, secretKeyFor, type Account } from '../../src/accounts/account';
import { AccountStore } from '../../src/accounts/accountStore';
import { validateToken } from '../../src/accounts/validateToken';
import type { GitLabApi } from '../../src/gitlab/api';
import { GitLabError } from '../../src/gitlab/errors';
import type { CurrentUser, TokenInfo } from '../../src/gitlab/types';

const now = new Date('2026-11-22T09:00:00Z');
const user: CurrentUser = { id: 1, username: 'demo', name: 'Demo Owner', state: 'active', isAdmin: false };
const info = (over: Partial<TokenInfo> = {}): TokenInfo => ({ name: 't', scopes: ['api'], expiresAt: '2027-11-22', active: true, revoked: false, ...over });

function api(tokenInfo: TokenInfo | undefined | Error, me: CurrentUser | Error = user): GitLabApi {
  return {
    instanceUrl: 'https://gitlab.example.com',
    currentUser: async () => { if (me instanceof Error) throw me; return me; },
    tokenInfo: async () => { if (tokenInfo instanceof Error) throw tokenInfo; return tokenInfo; },
  } as Partial<GitLabApi> as GitLabApi;
}

test('a good api token is accepted without warnings', async () => {
  const verdict = await validateToken(api(info()), now);
  assert.ok(verdict.ok);
  assert.equal(verdict.readOnly, false);
  assert.equal(verdict.expiryWarning, undefined);
  assert.deepEqual(verdict.scopes, ['api']);
});

test('read_api is accepted as read-only; a token expiring within 7 days is accepted with a warning', async () => {
  const readOnly = await validateToken(api(info({ scopes: ['read_api'] })), now);
  assert.ok(readOnly.ok && readOnly.readOnly);
  const soon = await validateToken(api(info({ expiresAt: '2026-11-25' })), now);
  assert.ok(soon.ok);
  assert.match(soon.expiryWarning ?? '', /expires in 3 days/);
});

test('refusals give the reason', async () => {
  const unauthorized = new GitLabError('The token was refused (401). Check it or create a new one.', { kind: 'unauthorized', status: 401 });
  assert.deepEqual(await validateToken(api(info(), unauthorized), now), {
    ok: false, reason: 'gitlab.example.com did not accept this token (401). Check that you pasted the whole token and that it was created on gitlab.example.com.',
  });
  const revoked = await validateToken(api(info({ revoked: true, active: false })), now);
  assert.ok(!revoked.ok && /revoked/.test(revoked.reason));
  const inactive = await validateToken(api(info({ active: false })), now);
  assert.ok(!inactive.ok && /no longer active/.test(inactive.reason));
  const noScope = await validateToken(api(info({ scopes: ['read_user'] })), now);
  assert.ok(!noScope.ok && /neither the api nor the read_api scope/.test(noScope.reason));
});

test('an older server without token details is accepted with unknown scopes', async () => {
  const verdict = await validateToken(api(undefined), now);
  assert.ok(verdict.ok);
  assert.equal(verdict.scopes, null);
  assert.equal(verdict.readOnly, false);
});

test('accounts go to globalState without the token; the token only to SecretStorage under its key', async () => {
  const state = new Map<string, unknown>();
  const secrets = new Map<string, string>();
  const store = new AccountStore(
    { get: <T>(k: string) => state.get(k) as T | undefined, update: async (k, v) => { state.set(k, v); } },
    { get: async (k) => secrets.get(k), store: async (k, v) => { secrets.set(k, v); }, delete: async (k) => { secrets.delete(k); } },
  );
  const account: Account = { instanceUrl: 'https://gitlab.example.com', userId: 1, username: 'demo', name: 'Demo', scopes: ['api'] };
  await store.save(account, 'glpat-secret-value');
  await store.save({ ...account, instanceUrl: 'http://127.0.0.1:8080', scopes: ['read_api'] }, 'glpat-other');
  await store.save({ ...account, name: 'Demo Renamed' }, 'glpat-secret-value-2');

  assert.equal(secretKeyFor(account), 'gitlabMembers.token:https://gitlab.example.com:1');
  assert.deepEqual([...secrets.keys()].sort(), ['gitlabMembers.token:http://127.0.0.1:8080:1', 'gitlabMembers.token:https://gitlab.example.com:1']);
  assert.equal(await store.token(account), 'glpat-secret-value-2');
  assert.doesNotMatch(JSON.stringify([...state]), /glpat/);
  assert.deepEqual(store.list().map((a) => [a.instanceUrl, a.name, isReadOnly(a)]), [
    ['http://127.0.0.1:8080', 'Demo', true],
    ['https://gitlab.example.com', 'Demo Renamed', false],
  ]);

  await store.remove(account);
  assert.deepEqual(store.list().map((a) => a.instanceUrl), ['http://127.0.0.1:8080']);
  assert.equal(await store.token(account), undefined);
});
