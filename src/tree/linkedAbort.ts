/**
 * An AbortController that also aborts when any of the given signals does. Plain listeners rather than
 * `AbortSignal.any` (on Node 20 the combined signal has had garbage-collection problems; see
 * src/gitlab/requester.ts), removed again by `dispose()` so long-lived parent signals do not collect them.
 */
import { platform } from '../platform/current';

/**
 * Marks a signal that many rows of the tree share: every row's loads and role look-ups listen to it (a page
 * of 100 groups is 100 listeners at once), so Node's "possible EventTarget memory leak" warning at 11 is
 * expected there and turned off for it (not for other signals).
 */
export function shareAmongRows(signal: AbortSignal): AbortSignal {
  platform.shareListeners(signal);
  return signal;
}

/** The tree's own signal (see shareAmongRows). */
export function treeSignalController(): AbortController {
  const controller = new AbortController();
  shareAmongRows(controller.signal);
  return controller;
}

export interface LinkedAbort {
  readonly signal: AbortSignal;
  abort(): void;
  /** Stops listening to the parents (without aborting). */
  dispose(): void;
}

export function linkedAbort(...parents: ReadonlyArray<AbortSignal | undefined>): LinkedAbort {
  const controller = new AbortController();
  const live = parents.filter((p): p is AbortSignal => p !== undefined);
  const onAbort = () => {
    dispose();
    controller.abort();
  };
  const dispose = () => {
    for (const parent of live) parent.removeEventListener('abort', onAbort);
  };
  if (live.some((p) => p.aborted)) controller.abort();
  else for (const parent of live) parent.addEventListener('abort', onAbort, { once: true });
  return {
    signal: controller.signal,
    abort: onAbort,
    dispose,
  };
}
