// Reading the emulator's request log: how many round trips had to happen one after another.
import type { RequestLogEntry } from '../emulator/server';

/**
 * The longest chain of requests in which each started only after the previous one ended: the number of
 * round trips the client waited for in sequence. Sequential paging gives one per page; a pool of 8 gives
 * about pages / 8. A request still open when the log is read (the pager cancelled a look-ahead page it no
 * longer needed, and the emulator has not seen the socket close yet: `endedAt` 0) has not ended, so nothing
 * waited for it.
 */
export function sequentialRoundTrips(log: readonly RequestLogEntry[]): number {
  const requests = [...log].sort((a, b) => a.startedAt - b.startedAt);
  const ended = (e: RequestLogEntry) => (e.endedAt > 0 ? e.endedAt : Infinity);
  const chain: number[] = [];
  let longest = 0;
  for (let i = 0; i < requests.length; i++) {
    let best = 0;
    for (let j = 0; j < i; j++) {
      if (ended(requests[j]) <= requests[i].startedAt && chain[j] > best) best = chain[j];
    }
    chain[i] = best + 1;
    longest = Math.max(longest, chain[i]);
  }
  return longest;
}
