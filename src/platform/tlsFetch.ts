/**
 * Extra certificate authorities for self-managed GitLab behind a private CA (setting
 * `gitlabMembers.caCertificates`): a fetch on undici that trusts Node's usual roots PLUS the file's
 * certificates. Verification always stays on; there is deliberately no way to turn it off. This fetch is
 * undici's own, which VS Code's proxy support does not reach: it goes through the proxy VS Code is set to
 * (`http.proxy`, `http.noProxy`) itself.
 */
import * as l10n from '@vscode/l10n';
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { rootCertificates } from 'node:tls';

/** The proxy VS Code is set to use, and the hosts that bypass it. */
export interface ProxyChoice {
  readonly url: string;
  /** Host names (`gitlab.example.com`, `.example.com`, `*`) that are reached directly, as in NO_PROXY. */
  readonly noProxy: readonly string[];
}

export interface TrustingFetch {
  readonly fetch: typeof fetch;
  /** Closes the Agent's connections (when the setting changes or the extension stops). */
  close(): void;
}

/**
 * A fetch that also trusts the PEM certificate(s) in `pem`. undici is loaded on first use only: most users
 * never set the CA file and should not pay for initialising a second HTTP stack.
 */
export function fetchTrusting(pem: string, proxy?: ProxyChoice): TrustingFetch {
  let loaded: Promise<{ fetch: typeof import('undici').fetch; dispatcher: import('undici').Dispatcher }> | undefined;
  const load = () => (loaded ??= Promise.resolve().then(() => {
    // A plain require: esbuild.mjs turns it into `require('./undici.js')`, a bundle of its own (~500 KB).
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { Agent, EnvHttpProxyAgent, fetch } = require('undici') as typeof import('undici');
    const ca = [...rootCertificates, pem];
    // Through the proxy (a CONNECT tunnel) the CAs verify GitLab's certificate at the tunnel's end (requestTls);
    // hosts in noProxy are reached directly (connect).
    const dispatcher = proxy
      ? new EnvHttpProxyAgent({ httpProxy: proxy.url, httpsProxy: proxy.url, noProxy: proxy.noProxy.join(','), connect: { ca }, requestTls: { ca } })
      : new Agent({ connect: { ca } });
    return { fetch, dispatcher };
  }));
  const trusting = async (input: string | URL | Request, init?: RequestInit) => {
    const { fetch, dispatcher } = await load();
    return fetch(input as Parameters<typeof fetch>[0], { ...(init as object), dispatcher } as Parameters<typeof fetch>[1]);
  };
  return {
    fetch: trusting as unknown as typeof fetch,
    close: () => void loaded?.then(({ dispatcher }) => dispatcher.close()).catch(() => undefined),
  };
}

/** Reads the PEM file named by the setting; throws a sentence naming the setting when it cannot be used. */
export function readCaFile(path: string, setting = 'gitlabMembers.caCertificates'): string {
  const resolved = path.startsWith('~/') ? join(homedir(), path.slice(2)) : path;
  if (!isAbsolute(resolved)) throw new Error(l10n.t('"{0}" must be an absolute path to a PEM file (got "{1}").', setting, path));
  let text: string;
  try {
    text = readFileSync(resolved, 'utf8');
  } catch (err) {
    const code = (err as { code?: string }).code ?? String(err);
    throw new Error(l10n.t('The CA certificate file in "{0}" could not be read ({1}: {2}).', setting, resolved, code));
  }
  if (!text.includes('-----BEGIN CERTIFICATE-----')) {
    throw new Error(l10n.t('The file in "{0}" ({1}) has no PEM certificate (-----BEGIN CERTIFICATE-----).', setting, resolved));
  }
  return text;
}
