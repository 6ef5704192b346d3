// Token authentication: PRIVATE-TOKEN header, Authorization: Bearer, or private_token/access_token query parameter.
import type { IncomingHttpHeaders } from 'node:http';
import { json, unauthorized, type ApiResponse } from './errors';
import type { EmulatorState } from './state';
import type { Token, User } from './types';

export type AuthResult = { ok: true; user: User; token: Token } | { ok: false; response: ApiResponse };

export function tokenFromRequest(headers: IncomingHttpHeaders, url: URL): string | undefined {
  const header = headers['private-token'];
  if (typeof header === 'string' && header.trim()) return header.trim();
  const authz = headers['authorization'];
  if (typeof authz === 'string') {
    const m = /^Bearer\s+(.+)$/i.exec(authz.trim());
    if (m) return m[1].trim();
  }
  return url.searchParams.get('private_token') ?? url.searchParams.get('access_token') ?? undefined;
}

export function tokenExpired(t: Token): boolean {
  return !!t.expiresAt && t.expiresAt <= new Date().toISOString().slice(0, 10);
}

const READ_METHODS = new Set(['GET', 'HEAD']);

export function authenticate(state: EmulatorState, value: string | undefined, method: string): AuthResult {
  const token = value ? state.tokens.get(value) : undefined;
  const user = token ? state.userById(token.userId) : undefined;
  if (!token || !user) return { ok: false, response: unauthorized() };
  if (token.revoked) {
    return { ok: false, response: json(401, { error: 'invalid_token', error_description: 'Token was revoked. You have to re-authorize from the user.' }) };
  }
  if (tokenExpired(token)) {
    return { ok: false, response: json(401, { error: 'invalid_token', error_description: 'Token has expired.' }) };
  }
  const canWrite = token.scopes.includes('api');
  const canRead = canWrite || token.scopes.includes('read_api');
  if (!canRead || (!canWrite && !READ_METHODS.has(method))) {
    return {
      ok: false,
      response: json(403, {
        error: 'insufficient_scope',
        error_description: 'The request requires higher privileges than provided by the access token.',
        scope: 'api',
      }),
    };
  }
  token.lastUsedAt = new Date().toISOString();
  return { ok: true, user, token };
}
