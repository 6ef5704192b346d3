// A 429 that asks for no wait (Retry-After: 0, or a date already past) is backed off, not retried at once in a
// tight loop: a loopback server answers 429 twice, then the page.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createGitLabClient } from '../../src/gitlab/client';

test('Retry-After: 0 and a past Retry-After date: the client still waits its backoff between tries', async () => {
  const arrivals: number[] = [];
  const server = createServer((_req, res) => {
    arrivals.push(Date.now());
    if (arrivals.length === 1) return res.writeHead(429, { 'retry-after': '0' }).end('Retry later');
    if (arrivals.length === 2) return res.writeHead(429, { 'retry-after': new Date(Date.now() - 60_000).toUTCString() }).end('Retry later');
    res.writeHead(200, { 'content-type': 'application/json', 'x-page': '1', 'x-per-page': '100', 'x-total': '0', 'x-total-pages': '1' }).end('[]');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const api = createGitLabClient({ instanceUrl: url, token: 't', retry: { baseDelayMs: 200, maxDelayMs: 1_000, maxAttempts: 3, maxRateLimitWaits: 5, attemptTimeoutMs: 2_000 } });
    const waits: number[] = [];
    const page = await api.listSubgroups(1, { page: 1 }, { onRateLimit: (s) => waits.push(s) });
    assert.equal(page.items.length, 0);
    assert.equal(arrivals.length, 3);
    for (let i = 1; i < arrivals.length; i++) {
      assert.ok(arrivals[i] - arrivals[i - 1] >= 90, `try ${i + 1} came ${arrivals[i] - arrivals[i - 1]} ms after the one before`);
    }
    assert.equal(waits.length, 2, 'the caller heard of both waits');
  } finally {
    server.close();
  }
});
