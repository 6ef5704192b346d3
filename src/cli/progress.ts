/**
 * Progress for a person watching a terminal or a CI log: the first line at once, then at most one a second, so
 * a 1,000-project search does not print 1,000 lines.
 */
import type { CliIo } from './io';

export function throttledNote(io: CliIo, everyMs = 1_000): (text: string) => void {
  let last = -Infinity;
  return (text) => {
    const now = Date.now();
    if (now - last < everyMs) return;
    last = now;
    io.note(text);
  };
}
