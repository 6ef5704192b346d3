/** Reading GitLab's three error body shapes and turning a failed response into a GitLabError. */
import { GitLabError, type GitLabErrorKind } from './errors';

export interface ParsedErrorBody {
  message?: string;
  fieldErrors?: Record<string, string[]>;
}

/** `{"message":"text"}`, `{"message":{"field":["text"]}}`, `{"error":"text","error_description":"…"}`, or plain text. */
export function parseErrorBody(text: string): ParsedErrorBody {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    const plain = text.trim();
    return plain ? { message: plain.slice(0, 500) } : {};
  }
  if (!body || typeof body !== 'object') return {};
  const { message, error, error_description: description } = body as Record<string, unknown>;
  if (typeof message === 'string') return { message };
  if (message && typeof message === 'object') {
    const fieldErrors: Record<string, string[]> = {};
    for (const [field, texts] of Object.entries(message as Record<string, unknown>)) {
      fieldErrors[field] = Array.isArray(texts) ? texts.map(String) : [String(texts)];
    }
    const flat = Object.entries(fieldErrors).map(([f, t]) => `${f.replace(/_/g, ' ')} ${t.join(', ')}`).join('; ');
    return { message: flat, fieldErrors };
  }
  if (typeof description === 'string') return { message: description };
  if (typeof error === 'string') return { message: error };
  return {};
}

function kindOf(status: number): GitLabErrorKind {
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not-found';
  if (status === 409) return 'conflict';
  if (status === 400 || status === 422) return 'bad-request';
  if (status === 429) return 'rate-limited';
  if (status >= 500) return 'server';
  return 'http';
}

function sentence(status: number, kind: GitLabErrorKind, message: string | undefined): string {
  const said = message ? ` GitLab said: ${message}` : '';
  switch (kind) {
    case 'unauthorized':
      return `GitLab did not accept the token: it is invalid, expired or revoked (401). Sign in again with a new token.${said}`;
    case 'forbidden':
      if (message && /insufficient_scope|higher privileges/i.test(message)) {
        return 'This token is read-only (scope read_api). Changing members needs a token with the api scope (403).';
      }
      return `Your role does not allow this here (403).${said}`;
    case 'not-found':
      return `Not found, or you cannot see it (404).${said}`;
    case 'conflict':
      return `GitLab refused because of a conflict (409).${said}`;
    case 'bad-request':
      return `GitLab refused the request (${status}).${said}`;
    case 'rate-limited':
      return 'GitLab is rate-limiting requests (429) and kept refusing after waiting. Try again in a minute.';
    case 'server':
      return `GitLab had a server error (${status}). Try again later.${said}`;
    default:
      return `GitLab answered ${status}.${said}`;
  }
}

export function errorFromResponse(status: number, text: string, method: string, path: string): GitLabError {
  const { message, fieldErrors } = parseErrorBody(text);
  const kind = kindOf(status);
  return new GitLabError(sentence(status, kind, message), {
    kind, status, gitlabMessage: message, fieldErrors, method, path,
    ambiguous: status >= 500 && method !== 'GET',
  });
}
