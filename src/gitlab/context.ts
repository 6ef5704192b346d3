/** What the API modules share for one account. */
import type { CallOptions } from './api';
import type { Resources } from './resources';
import type { CurrentUser } from './types';

export interface ClientContext {
  readonly instanceUrl: string;
  readonly resources: () => Resources;
  readonly perPage: number;
  readonly concurrency: number;
  /** The signed-in user, asked once per client. */
  readonly me: (opts?: CallOptions) => Promise<CurrentUser>;
  /** The server's version, asked once per client; undefined when it will not say. */
  readonly version: (opts?: CallOptions) => Promise<string | undefined>;
  /** The server's clock now (epoch ms) as its answers' `Date` headers tell (whole seconds); ours until one came. */
  readonly serverNow: () => number;
}

/** `a.b.c` ≥ `x.y` compared numerically; unknown versions count as new. */
export function versionAtLeast(version: string | undefined, minimum: string): boolean {
  if (!version) return true;
  const have = version.split(/[.-]/).map((p) => parseInt(p, 10));
  const want = minimum.split('.').map((p) => parseInt(p, 10));
  for (let i = 0; i < want.length; i++) {
    const h = Number.isFinite(have[i]) ? have[i] : 0;
    if (h !== want[i]) return h > want[i];
  }
  return true;
}
