/**
 * Pacing request starts from what GitLab says about its rate limits, so that after the first 429 the client
 * does not send what the server would refuse. Per throttle (`RateLimit-Name`):
 * - the window a response reports (`RateLimit-Remaining` until `Retry-After` / `RateLimit-Reset`): no more
 *   starts before its end than it says remain, less the requests still in flight;
 * - after that window: at most `RateLimit-Limit` starts in any span as long as the server's window. GitLab
 *   does not send the window's length; each report teaches a lower bound: the window held the last
 *   `RateLimit-Observed` of our starts, so it reaches back at least to the oldest of them (never more than a
 *   minute, see MAX_WINDOW_MS).
 * Responses without these headers teach nothing; the transport then backs off on 429 instead.
 */
import { rateLimitWaitMs } from './backoff';

export interface RateLimitReport {
  readonly name: string;
  readonly limit?: number;
  readonly remaining?: number;
  readonly observed?: number;
  /** When the server's current window ends (epoch ms). */
  readonly endsAt?: number;
}

interface Throttle {
  limit?: number;
  /** The longest window length the reports prove (ms); 0 until one does. */
  windowMs: number;
  current?: { endsAt: number; left: number };
}

/** Starts kept: enough for GitLab's largest usual limits (2,000/min on GitLab.com, 7,200/h self-managed). */
const HISTORY = 10_000;

/**
 * GitLab reports `RateLimit-Limit` per minute (a throttle of 7,200 an hour says 120), so spacing starts at
 * most that many per 60 s always keeps within it; a longer span is never needed. Capping what the reports
 * teach also keeps requests of other clients on the same token (counted in `RateLimit-Observed`) from
 * stretching the span without end.
 */
export const MAX_WINDOW_MS = 60_000;

/** How long a request must wait: for a window GitLab reported as used up, and for our own spacing. */
export interface PaceDelay {
  /** Until the end of a window the server said has nothing left (its word: may be long). */
  readonly serverMs: number;
  /** Our own spacing of starts (at most `MAX_WINDOW_MS` and the slack). */
  readonly paceMs: number;
}

/** Extra span for the difference between when we start a request and when the server counts it. */
export const slackMs = (windowMs: number) => 50 + windowMs * 0.02;

export function readRateLimit(headers: Headers, now: number): RateLimitReport {
  const count = (name: string): number | undefined => {
    const raw = headers.get(name)?.trim();
    const n = raw ? Number(raw) : NaN;
    return Number.isInteger(n) && n >= 0 ? n : undefined;
  };
  const wait = rateLimitWaitMs(headers, now);
  const limit = count('ratelimit-limit');
  return {
    name: headers.get('ratelimit-name') ?? '',
    limit: limit === 0 ? undefined : limit,
    remaining: count('ratelimit-remaining'),
    observed: count('ratelimit-observed'),
    endsAt: wait === undefined ? undefined : now + wait,
  };
}

/**
 * GitLab.com's documented limit for authenticated API traffic: 2,000 requests a minute per user (docs
 * user/gitlab_com, "GitLab.com rate limits"). Kept from the first request, before any report, so that an
 * account-wide walk never meets its first 429 there; a server that reports its own limits is paced by those too.
 */
export const DOCUMENTED_REQUESTS_PER_MINUTE = 2_000;

/** The budget's own throttle, apart from every throttle GitLab names in its reports. */
const BUDGET = '\u0000budget';

export class RatePacer {
  private readonly starts: number[] = [];
  private readonly throttles = new Map<string, Throttle>();

  /** `perMinute`: at most this many starts in any minute from the first (0: none kept; the server's reports only). */
  constructor(perMinute = DOCUMENTED_REQUESTS_PER_MINUTE) {
    if (perMinute > 0) this.throttles.set(BUDGET, { limit: perMinute, windowMs: MAX_WINDOW_MS });
  }

  /** How long a request must wait before it may start at `now` (both 0: it may go). */
  delay(now: number): PaceDelay {
    let serverMs = 0;
    let paceMs = 0;
    for (const t of this.throttles.values()) {
      if (t.current && now >= t.current.endsAt) t.current = undefined;
      if (t.current && t.current.left <= 0) serverMs = Math.max(serverMs, t.current.endsAt - now);
      if (t.limit !== undefined && t.windowMs > 0 && this.starts.length >= t.limit) {
        const oldestInSpan = this.starts[this.starts.length - t.limit];
        paceMs = Math.max(paceMs, oldestInSpan + t.windowMs + slackMs(t.windowMs) - now);
      }
    }
    return { serverMs: Math.max(0, Math.ceil(serverMs)), paceMs: Math.max(0, Math.ceil(paceMs)) };
  }

  /** The longest wait `delay` gives (for tests and callers that need one number). */
  delayMs(now: number): number {
    const { serverMs, paceMs } = this.delay(now);
    return Math.max(serverMs, paceMs);
  }

  /** Records a request starting now. */
  started(now: number): void {
    this.starts.push(now);
    if (this.starts.length > HISTORY * 1.5) this.starts.splice(0, this.starts.length - HISTORY);
    for (const t of this.throttles.values()) if (t.current && now < t.current.endsAt) t.current.left--;
  }

  /** Learns from one response: its status, its rate-limit headers, when it was started, how many others are in flight. */
  observe(report: RateLimitReport, status: number, startedAt: number, inFlight: number): void {
    const { limit, remaining, observed, endsAt } = report;
    if (limit === undefined && remaining === undefined && observed === undefined) return;
    let t = this.throttles.get(report.name);
    if (!t) this.throttles.set(report.name, (t = { windowMs: 0 }));
    if (limit !== undefined) t.limit = limit;
    if (endsAt === undefined) return;
    const left = remaining ?? (status === 429 ? 0 : undefined);
    if (left !== undefined) reportWindow(t, endsAt, left - inFlight);
    const counted = observed ?? (t.limit === undefined ? undefined
      : status === 429 ? t.limit + 1 : remaining !== undefined ? t.limit - remaining : undefined);
    if (counted !== undefined && counted > 0) {
      t.windowMs = Math.min(MAX_WINDOW_MS, Math.max(t.windowMs, this.windowAtLeast(endsAt, counted, startedAt)));
    }
  }

  /** The server counted `counted` requests in a window ending at `endsAt`, up to ours started at `startedAt`. */
  private windowAtLeast(endsAt: number, counted: number, startedAt: number): number {
    let last = this.starts.length - 1;
    while (last >= 0 && this.starts[last] > startedAt) last--;
    const oldest = last - (counted - 1);
    // Fewer starts of ours than it counted: others share the token; the window holds at least our request.
    return endsAt - (oldest >= 0 ? this.starts[oldest] : startedAt);
  }
}

/** A report of the window ending at `endsAt` with `left` starts to spare; several reports of one window keep the lowest. */
function reportWindow(t: Throttle, endsAt: number, left: number): void {
  const c = t.current;
  // Retry-After has whole seconds: ends within a second of each other are the same window.
  if (c && Math.abs(c.endsAt - endsAt) <= 1000) {
    c.endsAt = Math.max(c.endsAt, endsAt);
    c.left = Math.min(c.left, left);
  } else if (!c || endsAt > c.endsAt) {
    t.current = { endsAt, left };
  }
}
