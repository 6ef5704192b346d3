/** How long to wait before trying again. */
import type { RetryPolicy } from './api';

export const DEFAULT_RETRY: RetryPolicy = {
  maxAttempts: 5,
  maxRateLimitWaits: 10,
  baseDelayMs: 500,
  // GitLab's limits are per minute: a Retry-After up to 60 s is routine and waited out; longer ones fail.
  maxDelayMs: 60_000,
  attemptTimeoutMs: 30_000,
};

/** Exponential backoff with full jitter: a random wait in [base·2^n / 2, base·2^n], capped. */
export function backoffMs(policy: RetryPolicy, retryNumber: number, random: () => number = Math.random): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** retryNumber);
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

/**
 * The wait GitLab asked for on a 429: `Retry-After` (seconds or an HTTP date), else `RateLimit-Reset`
 * (epoch seconds), else undefined (the caller backs off exponentially). Dates are read against the
 * response's own `Date` (the server's clock) when it has one, so a local clock that is off does not matter.
 */
export function rateLimitWaitMs(headers: Headers, localNow = Date.now()): number | undefined {
  const serverDate = Date.parse(headers.get('date') ?? '');
  const now = Number.isFinite(serverDate) ? serverDate : localNow;
  const retryAfter = headers.get('retry-after');
  if (retryAfter) {
    const seconds = Number(retryAfter);
    if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
    const date = Date.parse(retryAfter);
    if (Number.isFinite(date)) return Math.max(0, date - now);
  }
  const reset = Number(headers.get('ratelimit-reset'));
  if (headers.get('ratelimit-reset') && Number.isFinite(reset) && reset > 0) {
    return Math.max(0, reset * 1000 - now);
  }
  return undefined;
}
