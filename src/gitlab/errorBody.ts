/** Reading GitLab's three error body shapes and turning a failed response into a GitLabError. */
import * as l10n from '@vscode/l10n';
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
  // GitLab's own words follow as a sentence of their own.
  const said = message ? ` ${l10n.t('GitLab said: {0}', message)}` : '';
  switch (kind) {
    case 'unauthorized':
      return l10n.t('GitLab did not accept the token: it is invalid, expired or revoked (401). Sign in again with a new token.') + said;
    case 'forbidden':
      if (message && /insufficient_scope|higher privileges/i.test(message)) {
        return l10n.t('This token is read-only (scope read_api). Changing members needs a token with the api scope (403).');
      }
      return l10n.t('Your role does not allow this here (403).') + said;
    case 'not-found':
      return l10n.t('Not found, or you cannot see it (404).') + said;
    case 'conflict':
      return l10n.t('GitLab refused because of a conflict (409).') + said;
    case 'bad-request':
      return l10n.t('GitLab refused the request ({0}).', status) + said;
    case 'rate-limited':
      return l10n.t('GitLab is rate-limiting requests (429) and kept refusing after waiting. Try again in a minute.');
    case 'server':
      return l10n.t('GitLab had a server error ({0}). Try again later.', status) + said;
    default:
      return l10n.t('GitLab answered {0}.', status) + said;
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
