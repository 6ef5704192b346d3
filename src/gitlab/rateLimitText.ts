/**
 * What the user is told about rate limits: the notice while the client waits (for `CallOptions.onRateLimit`)
 * and the error when GitLab asks for a longer wait than the retry policy allows.
 */
import { GitLabError } from './errors';

/** A wait in words: `45 s`, `3 min`, `24 h`. */
export function formatWait(ms: number): string {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  if (seconds < 90) return `${seconds} s`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 90) return `${minutes} min`;
  return `${Math.round(minutes / 60)} h`;
}

/**
 * The sentence to show while a request waits for GitLab's rate limit, from the seconds `onRateLimit` reports:
 * `rateLimitNotice(12)` is "GitLab is rate limiting requests; retrying in 12 s".
 */
export function rateLimitNotice(waitSeconds: number): string {
  const seconds = Number.isFinite(waitSeconds) ? Math.max(0, Math.ceil(waitSeconds)) : 0;
  return `GitLab is rate limiting requests; retrying in ${formatWait(seconds * 1000)}`;
}

/** GitLab asked to wait `waitMs` (Retry-After, RateLimit-Reset), more than `maxWaitMs`: give up now and say so. */
export function rateLimitedTooLong(waitMs: number, maxWaitMs: number, method: string, path: string): GitLabError {
  return new GitLabError(
    `GitLab is rate-limiting requests (429) and asks to wait ${formatWait(waitMs)}, longer than this extension waits `
      + `(${formatWait(maxWaitMs)}). Try again in ${formatWait(waitMs)}.`,
    { kind: 'rate-limited', status: 429, method, path },
  );
}

/** Thrown by the limiter when the next start is further away than the wait allowed (the requester names it). */
export class WaitTooLong extends Error {
  constructor(readonly waitMs: number) {
    super(`rate-limit wait of ${waitMs} ms is too long`);
    this.name = 'WaitTooLong';
  }
}
