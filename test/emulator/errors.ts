// Response values and GitLab's three error body shapes:
//   {"message": "text"}, {"message": {"field": ["text"]}}, {"error": "text"}.

export interface ApiResponse {
  status: number;
  headers: Record<string, string>;
  /** serialized body; null for 204 */
  body: string | null;
}

/** Thrown by handlers to stop processing and answer with `response`. */
export class HttpError extends Error {
  constructor(readonly response: ApiResponse) {
    super(`HTTP ${response.status}`);
  }
}

export function json(status: number, data: unknown, headers: Record<string, string> = {}): ApiResponse {
  return { status, headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(data) };
}

export function noContent(): ApiResponse {
  return { status: 204, headers: {}, body: null };
}

export function text(status: number, body: string, contentType = 'text/plain', headers: Record<string, string> = {}): ApiResponse {
  return { status, headers: { 'content-type': contentType, ...headers }, body };
}

/** {"message": "text"} */
export function messageError(status: number, message: string): ApiResponse {
  return json(status, { message });
}

/** {"message": {"field": ["text", ...]}} */
export function fieldErrors(errors: Record<string, string[]>, status = 400): ApiResponse {
  return json(status, { message: errors });
}

/** {"error": "text"} (Grape parameter validation, routing) */
export function plainError(status: number, error: string): ApiResponse {
  return json(status, { error });
}

/** 404 {"message":"404 Group Not Found"}; without a resource: "404 Not Found". */
export function notFound(resource?: string): ApiResponse {
  return messageError(404, resource ? `404 ${resource} Not Found` : '404 Not Found');
}

/**
 * A `find_by!` that misses: ActiveRecord::RecordNotFound, rescued in lib/api/api.rb as {"message":"404 Not found"}
 * (lower-case "found", unlike not_found!'s "404 Not Found").
 */
export function recordNotFound(): ApiResponse {
  return messageError(404, '404 Not found');
}

export function forbidden(): ApiResponse {
  return messageError(403, '403 Forbidden');
}

/** 400 {"message":"400 Bad request"} or "400 Bad request - <detail>" (GitLab's bad_request!). */
export function badRequest(detail?: string): ApiResponse {
  return messageError(400, detail ? `400 Bad request - ${detail}` : '400 Bad request');
}

export function unauthorized(): ApiResponse {
  return messageError(401, '401 Unauthorized');
}

export function routeNotFound(): ApiResponse {
  return plainError(404, '404 Not Found');
}

export function methodNotAllowed(): ApiResponse {
  return plainError(405, '405 Not Allowed');
}

/** Shorthand: throw an HttpError. */
export function fail(response: ApiResponse): never {
  throw new HttpError(response);
}
