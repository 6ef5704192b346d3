/**
 * Per-call options carried to the requester. gitbeaker has no per-call AbortSignal or progress hook, so a call
 * runs inside `withCall(options, fn)` and the requester takes them when gitbeaker enters it. gitbeaker's
 * resource methods enter the requester synchronously (before their first `await`), so the options are held
 * only while `fn` runs synchronously: no AsyncLocalStorage, which a web worker does not have. A call that
 * resolves without entering the requester in that time is a bug (its signal would be lost) and rejects.
 */
import type { CallOptions } from './api';

let active: CallOptions | undefined;
let entries = 0;

export function withCall<T>(options: CallOptions | undefined, fn: () => Promise<T>): Promise<T> {
  const outer = active;
  const before = entries;
  active = options ?? {};
  let result: Promise<T>;
  try {
    result = fn();
  } finally {
    active = outer;
  }
  if (entries !== before) return result;
  // l10n-ignore: a programming error, never shown to users (tests catch it)
  return result.then(() => { throw new Error('withCall: the request was not started synchronously, so its call options were lost'); });
}

/** The options of the call that is entering the requester now (see withCall). */
export function callAtEntry(): CallOptions {
  entries++;
  return active ?? {};
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
