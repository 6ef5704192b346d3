/** Naming what went wrong below HTTP: unreachable host, TLS, timeout, a cut connection. */
import { GitLabError } from './errors';

const TLS_CODES = /CERT|SSL|TLS|UNABLE_TO_VERIFY|SELF_SIGNED|ERR_TLS/i;
const NOT_SENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);

function causeCode(error: unknown): string {
  let e: unknown = error;
  for (let depth = 0; depth < 4 && e && typeof e === 'object'; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    e = (e as { cause?: unknown }).cause;
  }
  return '';
}

export function transportError(error: unknown, method: string, path: string, host: string, timedOut: boolean): GitLabError {
  const code = causeCode(error);
  const base = { method, path, cause: error };
  if (timedOut) {
    return new GitLabError(`${host} did not answer in time.`, { ...base, kind: 'timeout', ambiguous: method !== 'GET' });
  }
  if (TLS_CODES.test(code)) {
    return new GitLabError(
      `The TLS certificate of ${host} could not be verified (${code}). If your server uses a private certificate authority, add its certificate in the settings.`,
      { ...base, kind: 'tls' },
    );
  }
  const notSent = NOT_SENT_CODES.has(code);
  const what = code === 'ENOTFOUND' || code === 'EAI_AGAIN' ? `The host name ${host} could not be found`
    : code === 'ECONNREFUSED' ? `${host} refused the connection`
    : `The connection to ${host} failed${code ? ` (${code})` : ''}`;
  return new GitLabError(`${what}. Check the instance URL and your network.`, {
    ...base, kind: 'network', ambiguous: !notSent && method !== 'GET',
  });
}

export function cancelledError(method: string, path: string): GitLabError {
  return new GitLabError('Cancelled.', { kind: 'cancelled', method, path });
}
