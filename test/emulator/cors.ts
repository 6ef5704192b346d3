// GitLab's CORS for the API, as `config/application.rb` sets up Rack::Cors (gitlabhq/gitlabhq) and as the
// rack-cors gem answers (lib/rack/cors/resource.rb in cyu/rack-cors). Two `allow` blocks for `/api/*`: GitLab's
// own origin with credentials, then any origin without them; any header, any method; and only these response
// headers exposed to the page. A browser page on another origin therefore reads paging headers and
// X-Request-Id, but not Retry-After, RateLimit-* or Date. Without an Origin header nothing changes.
import type * as http from 'node:http';

/** `headers_to_expose` of current GitLab (X-Request-Id and ETag joined the older list). */
export const EXPOSED_HEADERS = [
  'Link', 'X-Total', 'X-Total-Pages', 'X-Per-Page', 'X-Page', 'X-Next-Page', 'X-Prev-Page',
  'X-Gitlab-Blob-Id', 'X-Gitlab-Commit-Id', 'X-Gitlab-Content-Sha256', 'X-Gitlab-Encoding', 'X-Gitlab-File-Name',
  'X-Gitlab-File-Path', 'X-Gitlab-Last-Commit-Id', 'X-Gitlab-Ref', 'X-Gitlab-Size', 'X-Request-Id', 'ETag',
];

/** `methods: :any` in rack-cors. */
const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];

/** rack-cors' default max_age. */
const MAX_AGE = '7200';

function header(req: http.IncomingMessage, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v.join(', ') : v;
}

/** The CORS headers for a request to `/api/*` from `Origin`; none without one. */
export function corsHeaders(req: http.IncomingMessage, ownOrigin: string): Record<string, string> {
  const origin = header(req, 'origin');
  if (!origin) return { vary: 'Origin' };
  const own = origin === ownOrigin;
  return {
    'access-control-allow-origin': own ? origin : '*',
    'access-control-allow-methods': METHODS.join(', '),
    'access-control-expose-headers': EXPOSED_HEADERS.join(', '),
    'access-control-max-age': MAX_AGE,
    ...(own ? { 'access-control-allow-credentials': 'true' } : {}),
    vary: 'Origin',
  };
}

/**
 * A preflight (OPTIONS with Origin and Access-Control-Request-Method) is answered by Rack::Cors itself, before
 * authentication and rate limiting: 200, no body, the requested headers allowed back (`headers: :any`).
 * Undefined: not a preflight, the API answers.
 */
export function preflightHeaders(req: http.IncomingMessage, ownOrigin: string): Record<string, string> | undefined {
  if ((req.method ?? '').toUpperCase() !== 'OPTIONS' || !header(req, 'origin')) return undefined;
  const method = header(req, 'access-control-request-method');
  if (!method) return undefined;
  if (!METHODS.includes(method.toUpperCase())) return { 'content-length': '0' };
  const requested = header(req, 'access-control-request-headers');
  return { ...corsHeaders(req, ownOrigin), ...(requested ? { 'access-control-allow-headers': requested } : {}), 'content-length': '0' };
}
