/**
 * Bounds how many requests one client has in flight, holds every request while GitLab asks us to wait, and
 * paces starts by what GitLab reports of its rate limits (see pacer.ts).
 */
import { sleep } from './callContext';
import { RatePacer, readRateLimit, slackMs } from './pacer';
import { WaitTooLong } from './rateLimitText';

/** Waits this long or longer are reported to the caller (`onWait`); shorter ones pass unremarked. */
const NOTICEABLE_WAIT_MS = 1_000;

export class RequestLimiter {
  private active = 0;
  private sending = 0;
  private readonly waiting: Array<() => void> = [];
  private pausedUntil = 0;
  private readonly pacer: RatePacer;

  /**
   * `maxWaitMs`: a start further away than this (GitLab asked for a long wait), beyond the pacer's margin,
   * throws `WaitTooLong` instead. `perMinute`: the most starts in any minute (pacer.ts).
   */
  constructor(private readonly maxInFlight: number, private readonly maxWaitMs = Infinity, perMinute?: number) {
    this.pacer = new RatePacer(perMinute);
  }

  /**
   * Waits for a free slot, any rate-limit pause and the pacer's turn (telling `onWait` of waits of a second or
   * more), runs `fn(startedAt)`, frees the slot.
   */
  async run<T>(signal: AbortSignal | undefined, fn: (startedAt: number) => Promise<T>, onWait?: (waitMs: number) => void): Promise<T> {
    await this.acquire(signal);
    try {
      const startedAt = await this.takeTurn(signal, onWait);
      this.sending++;
      try {
        return await fn(startedAt);
      } finally {
        this.sending--;
      }
    } finally {
      this.release();
    }
  }

  /** After a 429: nobody sends until `until` (epoch ms). */
  pause(until: number): void {
    this.pausedUntil = Math.max(this.pausedUntil, until);
  }

  /** Reads the rate-limit headers of a response to a request started at `startedAt`. */
  observe(status: number, headers: Headers, startedAt: number): void {
    this.pacer.observe(readRateLimit(headers, Date.now()), status, startedAt, this.sending);
  }

  /** Waits until this request may start, and counts its start in the same step (no other may slip in between). */
  private async takeTurn(signal: AbortSignal | undefined, onWait?: (waitMs: number) => void): Promise<number> {
    for (;;) {
      const now = Date.now();
      const { serverMs, paceMs } = this.pacer.delay(now);
      // What GitLab asked for (a 429's wait, or a window it said is used up) may be too long to wait out;
      // our own spacing of starts never is (at most about a minute).
      const asked = Math.max(this.pausedUntil - now, serverMs);
      const wait = Math.max(asked, paceMs);
      if (wait <= 0) {
        this.pacer.started(now);
        return now;
      }
      if (asked > this.maxWaitMs + slackMs(this.maxWaitMs)) throw new WaitTooLong(asked);
      if (wait >= NOTICEABLE_WAIT_MS) onWait?.(wait);
      await sleep(wait, signal);
    }
  }

  private acquire(signal: AbortSignal | undefined): Promise<void> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    if (this.active < this.maxInFlight) {
      this.active++;
      return Promise.resolve();
    }
    return new Promise((resolve, reject) => {
      const grant = () => {
        signal?.removeEventListener('abort', onAbort);
        this.active++;
        resolve();
      };
      const onAbort = () => {
        const i = this.waiting.indexOf(grant);
        if (i >= 0) this.waiting.splice(i, 1);
        reject(signal?.reason);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.waiting.push(grant);
    });
  }

  private release(): void {
    this.active--;
    const next = this.waiting.shift();
    if (next) next();
  }
}
