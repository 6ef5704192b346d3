// Fixed-window rate limiting per token, answering like GitLab's Rack::Attack throttle: 429 "Retry later".
// A token's window opens with its first request and lasts windowMs; the count resets when it ends.
import { text, type ApiResponse } from './errors';

export interface RateLimitOptions {
  limit: number;
  windowMs?: number;
  /** false: 429s without any rate-limit header (GitLab sometimes omits them). */
  headers?: boolean;
  /**
   * Also report RateLimit-Limit/-Observed/-Remaining/-Reset on answers under the limit (GitLab.com's HAProxy
   * once did for every API request; GitLab itself sends them on 429s only, the default here).
   */
  reportAlways?: boolean;
}

/** RateLimit-Name/-Limit/-Observed/-Remaining/-Reset (epoch s)/-ResetTime (HTTP date). */
export function rateLimitInfoHeaders(limit: number, resetAtMs: number, observed: number): Record<string, string> {
  return {
    'ratelimit-name': 'throttle_authenticated_api',
    'ratelimit-limit': String(limit),
    'ratelimit-observed': String(observed),
    'ratelimit-remaining': String(Math.max(0, limit - observed)),
    'ratelimit-reset': String(Math.ceil(resetAtMs / 1000)),
    'ratelimit-resettime': new Date(Math.ceil(resetAtMs / 1000) * 1000).toUTCString(),
  };
}

/** A 429's headers: Retry-After (whole seconds, min 1) and the RateLimit-* set. */
export function rateLimitHeaders(limit: number, resetAtMs: number, now: number, observed = limit + 1): Record<string, string> {
  return { 'retry-after': String(Math.max(1, Math.ceil((resetAtMs - now) / 1000))), ...rateLimitInfoHeaders(limit, resetAtMs, observed) };
}

export interface RateLimitVerdict {
  /** The 429 to send instead of the answer. */
  limited?: ApiResponse;
  /** Headers to add to the answer when it is not limited (`reportAlways`). */
  headers: Record<string, string>;
}

/** Where a request came from: its connection and its method + path + query (a retry repeats both or the latter). */
export interface RequestOrigin {
  readonly connection: object;
  readonly request: string;
}

interface Window {
  start: number;
  count: number;
  /** Connections and requests that have been answered 429 in this window. */
  refusedConnections: WeakSet<object>;
  refusedRequests: Set<string>;
}

export class RateLimiter {
  private opts: RateLimitOptions | undefined;
  private windows = new Map<string, Window>();
  /** When each token was first sent a 429. */
  private warnedAt = new Map<string, number>();
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
    this.warnedAt.clear();
    this.violations = 0;
  }

  /**
   * Requests over the limit sent by a client that knew it was limited: in any window that began after its token
   * was first sent a 429 (the one that crosses the limit included), and in the window of a 429 any request on a
   * connection that has carried a 429, or repeating a request refused with 429. Requests that were already on
   * their way when the first 429 went out are not counted.
   */
  violationCount(): number {
    return this.violations;
  }

  /** Counts a request arriving now; `limited` is the 429 when it is over the limit. */
  check(key: string, origin: RequestOrigin, now = Date.now()): RateLimitVerdict {
    const o = this.opts;
    if (!o) return { headers: {} };
    const windowMs = o.windowMs ?? 60_000;
    let w = this.windows.get(key);
    if (!w || now >= w.start + windowMs) {
      this.windows.set(key, (w = { start: now, count: 0, refusedConnections: new WeakSet(), refusedRequests: new Set() }));
    }
    w.count++;
    const end = w.start + windowMs;
    if (w.count <= o.limit) return { headers: o.reportAlways && o.headers !== false ? rateLimitInfoHeaders(o.limit, end, w.count) : {} };
    const warnedAt = this.warnedAt.get(key);
    const knew = (warnedAt !== undefined && w.start > warnedAt)
      || w.refusedConnections.has(origin.connection) || w.refusedRequests.has(origin.request);
    if (knew) this.violations++;
    const headers = o.headers === false ? {} : rateLimitHeaders(o.limit, end, now, w.count);
    return { limited: text(429, 'Retry later', 'text/plain', headers), headers: {} };
  }

  /** The 429 for this request has been sent: its client knows it is limited. */
  delivered(key: string, origin: RequestOrigin, now = Date.now()): void {
    if (!this.warnedAt.has(key)) this.warnedAt.set(key, now);
    const w = this.windows.get(key);
    w?.refusedConnections.add(origin.connection);
    w?.refusedRequests.add(origin.request);
  }
}
