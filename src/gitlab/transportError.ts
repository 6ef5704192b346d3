/** Naming what went wrong below HTTP: unreachable host, TLS, timeout, a cut connection. */
import * as l10n from '@vscode/l10n';
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
    return new GitLabError(l10n.t('{0} did not answer in time.', host), { ...base, kind: 'timeout', ambiguous: method !== 'GET' });
  }
  if (TLS_CODES.test(code)) {
    return new GitLabError(
      l10n.t('The TLS certificate of {0} could not be verified ({1}). If your server uses a private certificate authority, add its certificate in the settings.', host, code),
      { ...base, kind: 'tls' },
    );
  }
  const notSent = NOT_SENT_CODES.has(code);
  const text = code === 'ENOTFOUND' || code === 'EAI_AGAIN' ? l10n.t('The host name {0} could not be found. Check the instance URL and your network.', host)
    : code === 'ECONNREFUSED' ? l10n.t('{0} refused the connection. Check the instance URL and your network.', host)
    : code ? l10n.t('The connection to {0} failed ({1}). Check the instance URL and your network.', host, code)
    : l10n.t('The connection to {0} failed. Check the instance URL and your network.', host);
  return new GitLabError(text, {
    ...base, kind: 'network', ambiguous: !notSent && method !== 'GET',
  });
}

export function cancelledError(method: string, path: string): GitLabError {
  return new GitLabError(l10n.t('Cancelled.'), { kind: 'cancelled', method, path });
}
