// Fixed-window rate limiting per token, answering like GitLab's Rack::Attack throttle: 429 "Retry later".
// A token's window opens with its first request and lasts windowMs; the count resets when it ends.
import { text, type ApiResponse } from './errors';

export interface RateLimitOptions {
  limit: number;
  windowMs?: number;
  headers?: boolean;
}

/** Retry-After (whole seconds, min 1), RateLimit-Limit/-Remaining/-Reset (epoch s)/-ResetTime (HTTP date). */
export function rateLimitHeaders(limit: number, resetAtMs: number, now: number, observed = limit + 1): Record<string, string> {
  return {
    'retry-after': String(Math.max(1, Math.ceil((resetAtMs - now) / 1000))),
    'ratelimit-name': 'throttle_authenticated_api',
    'ratelimit-limit': String(limit),
    'ratelimit-observed': String(observed),
    'ratelimit-remaining': '0',
    'ratelimit-reset': String(Math.ceil(resetAtMs / 1000)),
    'ratelimit-resettime': new Date(Math.ceil(resetAtMs / 1000) * 1000).toUTCString(),
  };
}

export class RateLimiter {
  private opts: RateLimitOptions | undefined;
  private windows = new Map<string, { start: number; count: number }>();
  private limitedUntil = new Map<string, number>();
  private violations = 0;

  constructor(opts?: RateLimitOptions) {
    this.set(opts);
  }

  set(opts: RateLimitOptions | undefined): void {
    this.opts = opts;
    this.reset();
  }

  reset(): void {
    this.windows.clear();
    this.limitedUntil.clear();
    this.violations = 0;
  }

  /** Requests that arrived while their token was limited (after a 429, before the window reset). */
  violationCount(): number {
    return this.violations;
  }

  /** Counts a request arriving now; returns the 429 response when it is over the limit. */
  check(key: string, now = Date.now()): ApiResponse | undefined {
    const o = this.opts;
    if (!o) return undefined;
    if ((this.limitedUntil.get(key) ?? 0) > now) this.violations++;
    const windowMs = o.windowMs ?? 60_000;
    let w = this.windows.get(key);
    if (!w || now >= w.start + windowMs) this.windows.set(key, (w = { start: now, count: 0 }));
    w.count++;
    if (w.count <= o.limit) return undefined;
    const end = w.start + windowMs;
    this.limitedUntil.set(key, Math.max(this.limitedUntil.get(key) ?? 0, end));
    const headers = o.headers === false ? {} : rateLimitHeaders(o.limit, end, now, w.count);
    return text(429, 'Retry later', 'text/plain', headers);
  }
}
