// Fixed-window rate limiting per token, answering like GitLab's Rack::Attack throttle: 429 "Retry later".
// A token's window opens with its first request and lasts windowMs; the count resets when it ends. Optional
// per-endpoint limits (GitLab.com has tighter ones, e.g. project members/all 60/min per user) count apart,
// per token and per the pattern's first capture (the group or project), in windows of the same length.
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
  /** Tighter limits for some endpoints, on top of `limit`. */
  endpoints?: readonly EndpointLimit[];
}

export interface EndpointLimit {
  /** RateLimit-Name of its 429s, e.g. `throttle_project_members_all`. */
  readonly name: string;
  /** Tested against the API path (after /api/v4); the first capture, if any, scopes the count (per group). */
  readonly pattern: RegExp;
  readonly method?: string;
  readonly limit: number;
  /** Its own window (default: the general one), e.g. GitLab.com's GET /projects counts per 10 minutes. */
  readonly windowMs?: number;
}

/** RateLimit-Name/-Limit/-Observed/-Remaining/-Reset (epoch s)/-ResetTime (HTTP date). */
export function rateLimitInfoHeaders(limit: number, resetAtMs: number, observed: number, name = 'throttle_authenticated_api'): Record<string, string> {
  return {
    'ratelimit-name': name,
    'ratelimit-limit': String(limit),
    'ratelimit-observed': String(observed),
    'ratelimit-remaining': String(Math.max(0, limit - observed)),
    'ratelimit-reset': String(Math.ceil(resetAtMs / 1000)),
    'ratelimit-resettime': new Date(Math.ceil(resetAtMs / 1000) * 1000).toUTCString(),
  };
}

/** A 429's headers: Retry-After (whole seconds, min 1) and the RateLimit-* set. */
export function rateLimitHeaders(limit: number, resetAtMs: number, now: number, observed = limit + 1, name?: string): Record<string, string> {
  return { 'retry-after': String(Math.max(1, Math.ceil((resetAtMs - now) / 1000))), ...rateLimitInfoHeaders(limit, resetAtMs, observed, name) };
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

  /**
   * Counts a request arriving now (for the token, and for each endpoint limit its method and API path match);
   * `limited` is the 429 when one of them is over. `windowKey` of the verdict is what `delivered` is told.
   */
  check(key: string, origin: RequestOrigin, now = Date.now(), request?: { method: string; apiPath: string }): RateLimitVerdict & { windowKey?: string } {
    const o = this.opts;
    if (!o) return { headers: {} };
    const general = this.count(key, o.limit, 'throttle_authenticated_api', origin, now);
    if (general.limited) return { ...general, windowKey: key };
    for (const e of request ? o.endpoints ?? [] : []) {
      if (e.method && e.method !== request!.method) continue;
      const m = e.pattern.exec(request!.apiPath);
      if (!m) continue;
      const windowKey = `${key}|${e.name}|${m[1] ?? ''}`;
      const verdict = this.count(windowKey, e.limit, e.name, origin, now, e.windowMs);
      if (verdict.limited) return { ...verdict, windowKey };
    }
    return { ...general, windowKey: key };
  }

  private count(key: string, limit: number, name: string, origin: RequestOrigin, now: number, ownWindowMs?: number): RateLimitVerdict {
    const o = this.opts!;
    const windowMs = ownWindowMs ?? o.windowMs ?? 60_000;
    let w = this.windows.get(key);
    if (!w || now >= w.start + windowMs) {
      this.windows.set(key, (w = { start: now, count: 0, refusedConnections: new WeakSet(), refusedRequests: new Set() }));
    }
    w.count++;
    const end = w.start + windowMs;
    if (w.count <= limit) return { headers: o.reportAlways && o.headers !== false ? rateLimitInfoHeaders(limit, end, w.count, name) : {} };
    const warnedAt = this.warnedAt.get(key);
    const knew = (warnedAt !== undefined && w.start > warnedAt)
      || w.refusedConnections.has(origin.connection) || w.refusedRequests.has(origin.request);
    if (knew) this.violations++;
    const headers = o.headers === false ? {} : rateLimitHeaders(limit, end, now, w.count, name);
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
