/** One log line per API request: `GET /api/v4/groups?page=2 200 12ms`. Pure; never carries a token. */
import type { RequestEvent } from '../gitlab/api';

const SECRET_PARAM = /([?&](?:private_token|access_token|job_token|token)=)[^&#]*/gi;
const TOKEN_LIKE = /\bgl[a-z]{2,5}-[A-Za-z0-9_-]{8,}/g;

/** Belt and braces: the client's paths are token-free already; blank anything that still looks like one. */
export function redact(text: string): string {
  return text.replace(SECRET_PARAM, '$1[redacted]').replace(TOKEN_LIKE, '[redacted]');
}

export function formatRequestLine(event: RequestEvent): string {
  const status = typeof event.status === 'number' ? String(event.status) : event.status;
  const parts = [event.method, redact(event.path), status, `${Math.round(event.durationMs)}ms`];
  // l10n-ignore: a log line (VS Code's logs are English)
  if (event.attempt > 1) parts.push(`(attempt ${event.attempt})`);
  // l10n-ignore: a log line (VS Code's logs are English)
  if (event.retryInMs !== undefined) parts.push(`retry in ${Math.round(event.retryInMs)}ms`);
  if (event.note) parts.push(`(${event.note})`);
  return parts.join(' ');
}

/** Successful and redirected requests are info; failures are warnings. */
export function isFailedRequest(event: RequestEvent): boolean {
  return typeof event.status !== 'number' || event.status >= 400;
}
