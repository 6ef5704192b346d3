/**
 * What differs between VS Code's Node extension host (desktop, remote, code-server) and its web worker host
 * (vscode.dev, GitLab's Web IDE): the few things a web worker cannot do. Everything else (API layer, domain,
 * tree model, membership files) is the same code in both. The implementation is chosen at build time:
 * `./current` is the Node one (node.ts); esbuild.mjs points the web bundle at web.ts instead.
 */
import type { ProxyChoice, TrustingFetch } from './tlsFetch';

export interface Platform {
  readonly kind: 'node' | 'web';
  /**
   * A fetch that also trusts the certificate authorities in a PEM file (setting `caCertificates`), through
   * VS Code's proxy; throws a sentence for the user where that cannot be done (the file, or a browser, which
   * trusts what the browser trusts).
   */
  trustingFetch(caFile: string, proxy: ProxyChoice | undefined): TrustingFetch;
  /** The proxy variables of the environment VS Code runs in (none in a browser). */
  proxyEnv(): Readonly<Record<string, string | undefined>>;
  /** Lets many listeners share one AbortSignal without Node's leak warning (browsers never warn). */
  shareListeners(signal: AbortSignal): void;
}
