/**
 * What the user is told about rate limits: the notice while the client waits (for `CallOptions.onRateLimit`)
 * and the error when GitLab asks for a longer wait than the retry policy allows.
 */
import * as l10n from '@vscode/l10n';
import { GitLabError } from './errors';

/** A wait in words: `45 s`, `3 min`, `24 h`. */
export function formatWait(ms: number): string {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  if (seconds < 90) return l10n.t({ message: '{0} s', args: [seconds], comment: ['a wait in seconds, abbreviated'] });
  const minutes = Math.round(seconds / 60);
  if (minutes < 90) return l10n.t({ message: '{0} min', args: [minutes], comment: ['a wait in minutes, abbreviated'] });
  return l10n.t({ message: '{0} h', args: [Math.round(minutes / 60)], comment: ['a wait in hours, abbreviated'] });
}

/**
 * The sentence to show while a request waits for GitLab's rate limit, from the seconds `onRateLimit` reports:
 * `rateLimitNotice(12)` is "GitLab is rate limiting requests; retrying in 12 s".
 */
export function rateLimitNotice(waitSeconds: number): string {
  const seconds = Number.isFinite(waitSeconds) ? Math.max(0, Math.ceil(waitSeconds)) : 0;
  return l10n.t('GitLab is rate limiting requests; retrying in {0}', formatWait(seconds * 1000));
}

/** GitLab asked to wait `waitMs` (Retry-After, RateLimit-Reset), more than `maxWaitMs`: give up now and say so. */
export function rateLimitedTooLong(waitMs: number, maxWaitMs: number, method: string, path: string): GitLabError {
  return new GitLabError(
    l10n.t('GitLab is rate-limiting requests (429) and asks to wait {0}, longer than this extension waits ({1}). Try again in {0}.',
      formatWait(waitMs), formatWait(maxWaitMs)),
    { kind: 'rate-limited', status: 429, method, path },
  );
}

/** Thrown by the limiter when the next start is further away than the wait allowed (the requester names it). */
export class WaitTooLong extends Error {
  constructor(readonly waitMs: number) {
    // l10n-ignore: internal, never shown: the requester turns it into rateLimitedTooLong's sentence
    super(`rate-limit wait of ${waitMs} ms is too long`);
    this.name = 'WaitTooLong';
  }
}
