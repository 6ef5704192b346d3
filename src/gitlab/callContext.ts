/**
 * Per-call options carried to the requester. gitbeaker has no per-call AbortSignal or progress hook, so a call
 * runs inside `withCall(options, fn)` and the requester reads them from AsyncLocalStorage.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { CallOptions } from './api';

const storage = new AsyncLocalStorage<CallOptions>();

export function withCall<T>(options: CallOptions | undefined, fn: () => Promise<T>): Promise<T> {
  return storage.run(options ?? {}, fn);
}

export function currentCall(): CallOptions {
  return storage.getStore() ?? {};
}

/** Resolves after `ms`, or rejects with the signal's reason when it aborts first. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
