// CORS as GitLab answers it (config/application.rb in gitlabhq/gitlabhq: Rack::Cors, `/api/*`, origins '*'
// without credentials, GitLab's own origin with them, `headers: :any`, `methods: :any`, `expose:
// headers_to_expose`; preflight answered by rack-cors' lib/rack/cors/resource.rb before authentication and
// rate limiting). The emulator must not let a browser page read more than gitlab.com lets it read.
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { test } from 'node:test';
import { EXPOSED_HEADERS } from '../../emulator/cors';
import { useEmulator } from '../support/emulatorClient';

const emulator = useEmulator({ rateLimit: { limit: 2, windowMs: 60_000 } });

/** Node's fetch would refuse to send Origin as a browser does; a raw request says exactly what it is told to. */
function raw(method: string, path: string, headers: Record<string, string>): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  const url = new URL(path, emulator().url);
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

const page = 'http://127.0.0.1:1'; // another origin: what VS Code for the Web's worker is to GitLab

test('a preflight from another origin: 200, no body, any method and the asked headers allowed, no credentials', async () => {
  const r = await raw('OPTIONS', '/api/v4/groups/acme/members?page=2', {
    origin: page, 'access-control-request-method': 'PUT', 'access-control-request-headers': 'private-token,content-type',
  });
  assert.equal(r.status, 200);
  assert.equal(r.body, '');
  assert.equal(r.headers['access-control-allow-origin'], '*');
  assert.equal(r.headers['access-control-allow-methods'], 'GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS');
  assert.equal(r.headers['access-control-allow-headers'], 'private-token,content-type');
  assert.equal(r.headers['access-control-max-age'], '7200');
  assert.equal(r.headers['access-control-allow-credentials'], undefined);
  // Answered before authentication: no token, yet 200.
});

test('an API answer to another origin exposes paging and request id only: not Retry-After, RateLimit-* or Date', async () => {
  const token = emulator().tokens.api;
  const ok = await raw('GET', '/api/v4/groups/acme/members?per_page=1', { origin: page, 'private-token': token });
  assert.equal(ok.status, 200);
  assert.equal(ok.headers['access-control-allow-origin'], '*');
  const exposed = String(ok.headers['access-control-expose-headers']).split(/,\s*/);
  assert.deepEqual(exposed, EXPOSED_HEADERS);
  for (const h of ['X-Total', 'X-Next-Page', 'Link', 'X-Request-Id']) assert.ok(exposed.includes(h), h);
  for (const h of ['Retry-After', 'RateLimit-Remaining', 'RateLimit-Reset', 'Date']) assert.ok(!exposed.map((e) => e.toLowerCase()).includes(h.toLowerCase()), `${h} is not exposed`);
  assert.equal(ok.headers.vary, 'Origin');

  // The third request in the window is refused: the 429 carries CORS headers too (Rack::Cors wraps Rack::Attack's answer),
  // and its Retry-After is there on the wire but not exposed.
  await raw('GET', '/api/v4/user', { origin: page, 'private-token': token });
  const limited = await raw('GET', '/api/v4/user', { origin: page, 'private-token': token });
  assert.equal(limited.status, 429);
  assert.equal(limited.headers['access-control-allow-origin'], '*');
  assert.ok(limited.headers['retry-after'], 'the server sends Retry-After');
});

test("GitLab's own origin gets its origin back with credentials; without an Origin header no CORS headers", async () => {
  const own = await raw('OPTIONS', '/api/v4/user', { origin: emulator().url, 'access-control-request-method': 'GET' });
  assert.equal(own.headers['access-control-allow-origin'], emulator().url);
  assert.equal(own.headers['access-control-allow-credentials'], 'true');
  const none = await raw('GET', '/api/v4/version', {});
  assert.equal(none.headers['access-control-allow-origin'], undefined);
});
