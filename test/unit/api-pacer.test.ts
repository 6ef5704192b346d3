// The pacer's arithmetic on a fake clock: what a rate-limit report allows next (HTTP behaviour: faults.test.ts).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { rateLimitWaitMs } from '../../src/gitlab/backoff';
import { defaultRequestsPerMinute } from '../../src/gitlab/client';
import { DOCUMENTED_REQUESTS_PER_MINUTE, MAX_WINDOW_MS, RatePacer, readRateLimit } from '../../src/gitlab/pacer';

const T = 1_800_000_000_000; // a whole second, so Reset (epoch seconds) is exact

function startMany(pacer: RatePacer, at: number, n: number): void {
  for (let i = 0; i < n; i++) pacer.started(at);
}

describe('rate-limit pacing', () => {
  test('reads GitLab headers; Retry-After wins over Reset for the end of the window', () => {
    const headers = new Headers({
      'retry-after': '3', 'ratelimit-reset': String(T / 1000 + 60), 'ratelimit-limit': '5',
      'ratelimit-remaining': '0', 'ratelimit-observed': '6', 'ratelimit-name': 'throttle_authenticated_api',
    });
    assert.deepEqual(readRateLimit(headers, T), { name: 'throttle_authenticated_api', limit: 5, remaining: 0, observed: 6, endsAt: T + 3_000 });
    assert.deepEqual(readRateLimit(new Headers({ 'ratelimit-limit': 'x' }), T), { name: '', limit: undefined, remaining: undefined, observed: undefined, endsAt: undefined });
  });

  test('after a 429: nothing until the reset, then at most the limit in any span as long as the window', () => {
    const pacer = new RatePacer();
    startMany(pacer, T, 6); // 5 answered, the 6th refused
    pacer.observe({ name: 'api', limit: 5, remaining: 0, observed: 6, endsAt: T + 1_000 }, 429, T, 0);
    assert.ok(pacer.delayMs(T + 10) >= 990, 'wait for the reset');
    const at = T + 1_000;
    // The window held our 6 starts from T, so it is at least 1,000 ms long: 5 starts per 1,000 ms (+ slack).
    const first = pacer.delayMs(at);
    startMany(pacer, at + first, 5);
    const next = pacer.delayMs(at + first);
    assert.ok(next >= 1_000, `the 6th start waits a whole window: ${next}`);
  });

  test('counts requests in flight against what the server says remains', () => {
    const pacer = new RatePacer();
    startMany(pacer, T, 4);
    pacer.observe({ name: 'api', limit: 10, remaining: 5, observed: 5, endsAt: T + 2_000 }, 200, T, 3);
    assert.equal(pacer.delayMs(T + 1), 0);
    startMany(pacer, T + 1, 2); // 5 remain, 3 in flight: 2 more may start
    assert.equal(pacer.delayMs(T + 1), 1_999);
  });

  test('two reports of one window keep the lower budget; a later window replaces it', () => {
    const pacer = new RatePacer();
    pacer.started(T);
    pacer.observe({ name: 'api', limit: 100, remaining: 1, observed: 99, endsAt: T + 5_000 }, 200, T, 0);
    pacer.observe({ name: 'api', limit: 100, remaining: 50, observed: 50, endsAt: T + 5_400 }, 200, T, 0);
    pacer.started(T + 1);
    assert.equal(pacer.delayMs(T + 1), 5_399, 'the stale higher count does not raise the budget');
    pacer.observe({ name: 'api', limit: 100, remaining: 80, observed: 20, endsAt: T + 65_000 }, 200, T + 6_000, 0);
    assert.equal(pacer.delayMs(T + 6_000), 0);
  });

  test('an hourly throttle, or others on the same token, never stretch our spacing beyond a minute', () => {
    // Self-managed default: 7,200 an hour, reported per minute as 120; GitLab counted 5,000 (others' too).
    const pacer = new RatePacer();
    startMany(pacer, T, 130);
    pacer.observe({ name: 'api', limit: 120, remaining: 0, observed: 5_000, endsAt: T + 3_000_000 }, 429, T, 0);
    const after = T + 3_000_000;
    startMany(pacer, after, 120);
    const { serverMs, paceMs } = pacer.delay(after);
    assert.equal(serverMs, 0, 'the reported window is over');
    assert.ok(paceMs > 0 && paceMs <= MAX_WINDOW_MS + 2_000, `our own spacing waits at most about a minute: ${paceMs}`);
  });

  test('a used-up window the server reported is its word (may be long); our spacing is ours', () => {
    const pacer = new RatePacer();
    pacer.started(T);
    pacer.observe({ name: 'api', limit: 100, remaining: 0, observed: 100, endsAt: T + 600_000 }, 200, T, 0);
    assert.equal(pacer.delay(T + 1).serverMs, 599_999);
  });

  test('waits are read on the server\'s clock (its Date header), not ours', () => {
    const serverNow = T + 120_000; // our clock is two minutes behind the server's
    const headers = new Headers({ date: new Date(serverNow).toUTCString(), 'ratelimit-reset': String(serverNow / 1000 + 30) });
    assert.equal(rateLimitWaitMs(headers, T), 30_000);
    const past = new Headers({ date: new Date(serverNow).toUTCString(), 'retry-after': new Date(serverNow - 5_000).toUTCString() });
    assert.equal(rateLimitWaitMs(past, T), 0, 'a date already past asks for no wait (the transport backs off instead)');
  });

  test('the client keeps GitLab.com\'s 2,000 a minute on gitlab.com only; a self-managed server is paced by its own reports', () => {
    assert.equal(defaultRequestsPerMinute('https://gitlab.com'), DOCUMENTED_REQUESTS_PER_MINUTE);
    assert.equal(defaultRequestsPerMinute('https://GitLab.com/'), DOCUMENTED_REQUESTS_PER_MINUTE);
    assert.equal(defaultRequestsPerMinute('https://gitlab.example.com'), 0);
    assert.equal(defaultRequestsPerMinute('http://127.0.0.1:8080'), 0);
  });

  test('answers without rate-limit headers teach nothing', () => {
    const pacer = new RatePacer();
    startMany(pacer, T, 50);
    pacer.observe(readRateLimit(new Headers(), T), 429, T, 0);
    assert.equal(pacer.delayMs(T), 0);
  });

  test('GitLab.com\'s documented 2,000 a minute is kept from the first request, before any report; 0 keeps none', () => {
    const pacer = new RatePacer();
    startMany(pacer, T, DOCUMENTED_REQUESTS_PER_MINUTE - 1);
    assert.equal(pacer.delayMs(T), 0);
    pacer.started(T);
    const wait = pacer.delayMs(T + 1_000);
    assert.ok(wait >= 59_000 && wait <= 60_000 + 1_300, `waits ${wait} ms for the minute to pass`);
    const none = new RatePacer(0);
    startMany(none, T, 5_000);
    assert.equal(none.delayMs(T), 0);
  });
});
