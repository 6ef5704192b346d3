/** The Node extension host's platform (see platform.ts): undici for a CA file, `process.env`, Node's listener limit. */
import { setMaxListeners } from 'node:events';
import { fetchTrusting, readCaFile } from './tlsFetch';
import type { Platform } from './platform';

export const platform: Platform = {
  kind: 'node',
  trustingFetch: (caFile, proxy) => fetchTrusting(readCaFile(caFile), proxy),
  proxyEnv: () => process.env,
  shareListeners: (signal) => setMaxListeners(0, signal),
};
