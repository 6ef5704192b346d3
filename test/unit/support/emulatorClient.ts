// Shared set-up for API tests: an emulator on a free loopback port and clients with short test waits.
import { after, before } from 'node:test';
import { createGitLabClient } from '../../../src/gitlab/client';
import type { GitLabApi, GitLabClientConfig, RequestEvent } from '../../../src/gitlab/api';
import { startEmulator, type Emulator, type EmulatorOptions } from '../../emulator/server';

/**
 * Short waits. maxDelayMs is also the longest rate-limit wait the client accepts: a few of the emulator's
 * Retry-After seconds and 1 s windows.
 */
export const FAST_RETRY = { baseDelayMs: 5, maxDelayMs: 3_000, attemptTimeoutMs: 3_000 } as const;

/** Starts one emulator for the file's tests and closes it afterwards. */
export function useEmulator(options: EmulatorOptions = {}): () => Emulator {
  let emulator: Emulator | undefined;
  before(async () => {
    emulator = await startEmulator({ port: 0, ...options });
  });
  after(async () => {
    await emulator?.close();
  });
  return () => {
    if (!emulator) throw new Error('emulator not started');
    return emulator;
  };
}

export interface TestClient {
  api: GitLabApi;
  events: RequestEvent[];
}

export function clientFor(emulator: Emulator, token = emulator.tokens.api, extra: Partial<GitLabClientConfig> = {}): TestClient {
  const events: RequestEvent[] = [];
  const api = createGitLabClient({
    instanceUrl: emulator.url,
    token,
    retry: FAST_RETRY,
    onRequest: (e) => events.push(e),
    ...extra,
  });
  return { api, events };
}

/** API requests the emulator saw, as `METHOD path`. */
export function seen(emulator: Emulator, method?: string): string[] {
  return emulator.log.filter((e) => !method || e.method === method).map((e) => `${e.method} ${e.path}`);
}
