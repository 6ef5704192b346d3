// A self-managed GitLab behind a private CA: refused with a TLS reason until its CA file is set in
// `gitlabMembers.caCertificates`, then trusted (on top of the usual roots). Verification is never turned off.
import { after, before, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import https from 'node:https';
import { connect, createServer as createTcpServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { AccountStore } from '../../src/accounts/accountStore';
import { Sessions } from '../../src/accounts/sessions';
import { fetchTrusting, readCaFile } from '../../src/platform/tlsFetch';
import { validateToken } from '../../src/accounts/validateToken';
import { createGitLabClient } from '../../src/gitlab/client';
import { FAST_RETRY } from './support/emulatorClient';

const fixtures = join(__dirname, 'fixtures', 'tls');
const caFile = join(fixtures, 'ca.pem');
let server: https.Server;
let url = '';

before(async () => {
  server = https.createServer({ key: readFileSync(join(fixtures, 'server.key')), cert: readFileSync(join(fixtures, 'server.pem')) }, (req, res) => {
    const body = req.url === '/api/v4/user'
      ? { id: 7, username: 'selfhosted', name: 'Self Hosted', state: 'active' }
      : { name: 't', scopes: ['api'], expires_at: null, active: true, revoked: false };
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => {
  server.closeAllConnections();
  server.close();
});

const client = (fetch?: typeof globalThis.fetch) =>
  createGitLabClient({ instanceUrl: url, token: 'glpat-x', retry: { ...FAST_RETRY, maxAttempts: 1 }, ...(fetch ? { fetch } : {}) });

test('without the CA the sign-in is refused with a TLS reason that names the setting', async () => {
  const verdict = await validateToken(client());
  assert.ok(!verdict.ok);
  assert.match(verdict.reason, /TLS certificate of 127\.0\.0\.1:\d+ could not be verified/);
  assert.match(verdict.reason, /gitlabMembers\.caCertificates/);
});

test('with the CA file the same server is trusted', async () => {
  const trusting = fetchTrusting(readCaFile(caFile));
  try {
    const verdict = await validateToken(client(trusting.fetch));
    assert.ok(verdict.ok, JSON.stringify(verdict));
    assert.equal(verdict.user.username, 'selfhosted');
  } finally {
    trusting.close();
  }
});

test('Sessions build every client with the CA file from the settings', async () => {
  const noState = { get: () => undefined, update: async () => undefined };
  const noSecrets = { get: async () => undefined, store: async () => undefined, delete: async () => undefined };
  const sessions = new Sessions(new AccountStore(noState, noSecrets), (c) => createGitLabClient({ ...c, retry: FAST_RETRY }),
    () => ({ perPage: 100, maxConcurrentRequests: 2, caFile }), () => undefined);
  try {
    assert.equal((await sessions.clientForToken(url, 'glpat-x').currentUser()).id, 7);
  } finally {
    sessions.dispose();
  }
});

test('a CA setting that cannot be used says why', () => {
  assert.throws(() => readCaFile('relative/ca.pem'), /must be an absolute path/);
  assert.throws(() => readCaFile(join(fixtures, 'missing.pem')), /could not be read \(.*missing\.pem: ENOENT\)/);
  assert.throws(() => readCaFile(join(fixtures, 'README.md')), /has no PEM certificate/);
  assert.match(readCaFile(caFile), /BEGIN CERTIFICATE/);
});

/** A loopback HTTP proxy that tunnels CONNECT requests, as a corporate proxy does; it records what it tunnelled. */
async function startProxy(): Promise<{ url: string; tunnelled: string[]; close(): void }> {
  const tunnelled: string[] = [];
  const proxy = createTcpServer((client) => {
    client.once('data', (head) => {
      const [method, target] = head.toString('latin1').split(' ');
      if (method !== 'CONNECT') return void client.end('HTTP/1.1 405 Method Not Allowed\r\n\r\n');
      tunnelled.push(target);
      const [host, port] = target.split(':');
      const upstream = connect(Number(port), host, () => {
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        upstream.pipe(client).pipe(upstream);
      });
      upstream.on('error', () => client.destroy());
      client.on('error', () => upstream.destroy());
    });
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`, tunnelled, close: () => proxy.close() };
}

test('with VS Code set to use a proxy (http.proxy), the CA file\'s fetch goes through it; noProxy hosts do not', async () => {
  const proxy = await startProxy();
  const target = new URL(url).host;
  const viaProxy = fetchTrusting(readCaFile(caFile), { url: proxy.url, noProxy: [] });
  const direct = fetchTrusting(readCaFile(caFile), { url: proxy.url, noProxy: ['127.0.0.1'] });
  try {
    const verdict = await validateToken(client(viaProxy.fetch));
    assert.ok(verdict.ok, JSON.stringify(verdict));
    assert.ok(proxy.tunnelled.includes(target), `the proxy tunnelled ${JSON.stringify(proxy.tunnelled)}, not ${target}`);
    const before = proxy.tunnelled.length;
    assert.ok((await validateToken(client(direct.fetch))).ok);
    assert.equal(proxy.tunnelled.length, before, 'a host in noProxy went through the proxy');
  } finally {
    viaProxy.close();
    direct.close();
    proxy.close();
  }
});

test('Sessions pass the proxy from the settings to the CA file\'s fetch', async () => {
  const proxy = await startProxy();
  const noState = { get: () => undefined, update: async () => undefined };
  const noSecrets = { get: async () => undefined, store: async () => undefined, delete: async () => undefined };
  const sessions = new Sessions(new AccountStore(noState, noSecrets), (c) => createGitLabClient({ ...c, retry: FAST_RETRY }),
    () => ({ perPage: 100, maxConcurrentRequests: 2, caFile, proxy: { url: proxy.url, noProxy: [] } }), () => undefined);
  try {
    assert.equal((await sessions.clientForToken(url, 'glpat-x').currentUser()).id, 7);
    assert.deepEqual(proxy.tunnelled, [new URL(url).host]);
  } finally {
    sessions.dispose();
    proxy.close();
  }
});
