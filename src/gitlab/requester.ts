/**
 * The transport under gitbeaker (its `requesterFn` extension point): one place for the token-host check,
 * concurrency bound, 429 waits honouring Retry-After (up to the policy's longest wait), retries of idempotent requests (a retried DELETE that
 * finds nothing left counts as done), per-call cancellation, per-attempt timeouts, and token-free request
 * events. Redirects are never followed (the token stays home).
 */
import * as l10n from '@vscode/l10n';
import type { CallOptions, RequestEvent, RetryPolicy } from './api';
import { backoffMs, rateLimitWaitMs } from './backoff';
import { callAtEntry, sleep } from './callContext';
import { errorFromResponse } from './errorBody';
import type { FormattedResponse, RequesterType, DefaultRequestOptions, ResourceOptions, ResponseBodyTypes } from '@gitbeaker/requester-utils';
import { gitbeakerRequesterUtils } from './gitbeaker';
import { GitLabError } from './errors';
import type { RequestLimiter } from './limiter';
import { rateLimitedTooLong, WaitTooLong } from './rateLimitText';
import { cancelledError, transportError } from './transportError';

export interface TransportDeps {
  readonly instanceUrl: string;
  readonly fetch: typeof fetch;
  readonly limiter: RequestLimiter;
  readonly policy: RetryPolicy;
  readonly onRequest?: (event: RequestEvent) => void;
  /** The `Date` header of an answer (epoch ms), with our clock when it came: to know the server's clock. */
  readonly onServerDate?: (serverMs: number, ourMs: number) => void;
}

interface GitbeakerRequest {
  method?: string;
  headers?: Record<string, string>;
  body?: BodyInit;
  searchParams?: string;
  prefixUrl?: string;
}

interface Received { status: number; headers: Headers; text: string }

const IDEMPOTENT = new Set(['GET', 'HEAD', 'PUT', 'DELETE']);

export function createTransport(deps: TransportDeps) {
  const origin = new URL(deps.instanceUrl).origin;
  const host = new URL(deps.instanceUrl).host;

  /**
   * One attempt, aborted by the caller's signal or after `attemptTimeoutMs`. (A plain timer, not
   * `AbortSignal.any` + `AbortSignal.timeout`: on Node 20 the timeout signal inside `any` can be garbage
   * collected before it fires, leaving a hung request hung forever.)
   */
  async function send(url: URL, init: RequestInit, signal: AbortSignal | undefined): Promise<Received> {
    const attempt = new AbortController();
    // l10n-ignore: an abort reason, never shown (a timeout becomes transportError's sentence)
    const timer = setTimeout(() => attempt.abort(new DOMException('attempt timed out', 'TimeoutError')), deps.policy.attemptTimeoutMs);
    const forward = () => attempt.abort(signal?.reason);
    signal?.addEventListener('abort', forward, { once: true });
    try {
      const response = await deps.fetch(url, { ...init, signal: attempt.signal, redirect: 'manual' });
      const text = await response.text();
      return { status: response.status, headers: response.headers, text };
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', forward);
    }
  }

  /** gitbeaker's request handler: it hands over what our options handler returned (a GitbeakerRequest). */
  async function handle(endpoint: string, handed: Record<string, unknown> | undefined, call: CallOptions): Promise<FormattedResponse> {
    const options: GitbeakerRequest = handed ?? {};
    const method = (options.method ?? 'GET').toUpperCase();
    const base = options.prefixUrl?.endsWith('/') ? options.prefixUrl : `${options.prefixUrl ?? deps.instanceUrl}/`;
    const url = new URL(endpoint, base);
    if (options.searchParams) url.search = options.searchParams;
    const path = url.pathname + url.search;
    if (url.origin !== origin) {
      throw new GitLabError(l10n.t('Refused to send the token to {0}: it belongs to {1}.', url.host, host), { kind: 'redirect', method, path });
    }
    const { signal, onRateLimit } = call;
    const init: RequestInit = { method, headers: options.headers, body: options.body };
    let retries = 0;
    let rateLimitWaits = 0;
    // An earlier attempt may have been carried out although its answer was lost (cut connection, timeout, 5xx).
    let maybeDone = false;
    for (let attempt = 1; ; attempt++) {
      const started = Date.now();
      const event = (status: RequestEvent['status'], retryInMs?: number, note?: string) =>
        deps.onRequest?.({ method, path, status, durationMs: Date.now() - started, attempt, retryInMs, ...(note ? { note } : {}) });
      let received: Received;
      let sentAt = 0;
      try {
        received = await deps.limiter.run(signal, (at) => {
          sentAt = at;
          return send(url, init, signal);
        }, (ms) => onRateLimit?.(Math.ceil(ms / 1000)));
      } catch (error) {
        if (error instanceof WaitTooLong) throw rateLimitedTooLong(error.waitMs, deps.policy.maxDelayMs, method, path);
        if (signal?.aborted) {
          event('cancelled');
          throw cancelledError(method, path);
        }
        const timedOut = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
        const failure = transportError(error, method, path, host, timedOut);
        maybeDone ||= failure.ambiguous;
        const retry = IDEMPOTENT.has(method) && failure.kind !== 'tls' && attempt < deps.policy.maxAttempts;
        const wait = retry ? backoffMs(deps.policy, retries++) : undefined;
        event(timedOut ? 'timeout' : 'network-error', wait);
        if (wait === undefined) throw failure;
        await pause(wait, signal, method, path);
        continue;
      }
      const { status, headers, text } = received;
      deps.limiter.observe(status, headers, sentAt);
      const serverDate = Date.parse(headers.get('date') ?? '');
      if (Number.isFinite(serverDate)) deps.onServerDate?.(serverDate, Date.now());
      if (status === 429) {
        const asked = rateLimitWaitMs(headers);
        if (asked !== undefined && asked > deps.policy.maxDelayMs) {
          event(status);
          throw rateLimitedTooLong(asked, deps.policy.maxDelayMs, method, path);
        }
        // No wait, or one already over (Retry-After: 0, a reset in the past): back off instead of a tight loop.
        const wait = asked !== undefined && asked > 0 ? asked : backoffMs(deps.policy, rateLimitWaits);
        if (rateLimitWaits++ >= deps.policy.maxRateLimitWaits) {
          event(status);
          throw errorFromResponse(status, text, method, path);
        }
        event(status, wait, asked === undefined ? NO_WAIT_READABLE : undefined);
        deps.limiter.pause(Date.now() + wait);
        onRateLimit?.(Math.ceil(wait / 1000));
        await pause(wait, signal, method, path);
        continue;
      }
      if (status >= 500 && IDEMPOTENT.has(method) && attempt < deps.policy.maxAttempts) {
        maybeDone = true;
        const wait = backoffMs(deps.policy, retries++);
        event(status, wait);
        await pause(wait, signal, method, path);
        continue;
      }
      event(status);
      // A retried DELETE whose first attempt may have done the work: "already gone" is the success we wanted.
      if (status === 404 && method === 'DELETE' && maybeDone) return { body: null, headers: Object.fromEntries(headers.entries()), status };
      if (status >= 300 && status < 400) {
        const to = headers.get('location');
        const text = to === null
          ? l10n.t('GitLab answered with a redirect to another address. Check the instance URL (https, and no extra path).')
          : l10n.t('GitLab answered with a redirect to {0}. Check the instance URL (https, and no extra path).', to);
        throw new GitLabError(text, {
          kind: 'redirect', status, method, path,
        });
      }
      if (status >= 300) throw errorFromResponse(status, text, method, path);
      const body = parseBody(status, headers, text);
      if (body === INVALID) {
        if (IDEMPOTENT.has(method) && attempt < deps.policy.maxAttempts) {
          maybeDone = true;
          await pause(backoffMs(deps.policy, retries++), signal, method, path);
          continue;
        }
        throw new GitLabError(l10n.t('{0} sent an answer that is not valid JSON.', host), {
          kind: 'invalid-response', status, method, path, ambiguous: method !== 'GET',
        });
      }
      return { body: body as ResponseBodyTypes, headers: Object.fromEntries(headers.entries()), status };
    }
  }

  /**
   * gitbeaker's `requesterFn`: for each method, gitbeaker's own option handling (headers, token, JSON body, query),
   * then `handle` with the options of the call that entered it (taken on entry: see callContext.ts).
   */
  return (serviceOptions: ResourceOptions): RequesterType => {
    const { defaultOptionsHandler } = gitbeakerRequesterUtils();
    const request = (method: string) => <T extends ResponseBodyTypes>(endpoint: string, options?: DefaultRequestOptions) => {
      const call = callAtEntry();
      return defaultOptionsHandler(serviceOptions, { ...options, method: method.toUpperCase() })
        .then((prepared) => handle(endpoint, prepared as unknown as Record<string, unknown>, call) as Promise<FormattedResponse<T>>);
    };
    return { get: request('get'), post: request('post'), put: request('put'), patch: request('patch'), delete: request('delete') };
  };
}

const INVALID = Symbol('invalid');

/**
 * A 429 that says nothing we can read about how long to wait. In a browser (VS Code for the Web) this is every
 * 429: GitLab's CORS rules do not expose Retry-After or RateLimit-* to pages on other origins.
 */
// l10n-ignore: a log line (VS Code's logs are English)
const NO_WAIT_READABLE = 'no Retry-After or RateLimit-Reset readable (a browser cannot read them from GitLab across origins): backing off';

function parseBody(status: number, headers: Headers, text: string): unknown {
  if (status === 204 || text === '') return status === 204 ? null : {};
  if (!(headers.get('content-type') ?? '').includes('json')) return text;
  try {
    return JSON.parse(text) ?? {};
  } catch {
    return INVALID;
  }
}

async function pause(ms: number, signal: AbortSignal | undefined, method: string, path: string): Promise<void> {
  try {
    await sleep(ms, signal);
  } catch {
    throw cancelledError(method, path);
  }
}
