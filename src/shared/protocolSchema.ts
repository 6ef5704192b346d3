/**
 * Checking every protocol message on arrival, on both sides, with the schemas that define them (protocol.ts).
 * Parsing never throws; refusals are logged (the extension's log; the webview posts them as a `problem`, which
 * is logged), never shown.
 */
import { fromWebview, toWebview, type FromWebview, type ToWebview } from './protocol';
import type { Checked, Schema } from './schema';

/** What the extension accepts from the webview. */
export function parseFromWebview(value: unknown): Checked<FromWebview> {
  return parseWith(fromWebview, value);
}

/** What the webview accepts from the extension. */
export function parseToWebview(value: unknown): Checked<ToWebview> {
  return parseWith(toWebview, value);
}

function parseWith<T>(schema: Schema<T>, value: unknown): Checked<T> {
  try {
    // l10n-ignore: a refusal for the log, never shown
    if (typeof value !== 'object' || value === null) return { ok: false, error: 'message: not an object' };
    return schema(value, 'message');
  } catch (err) {
    return { ok: false, error: `message: unreadable (${err instanceof Error ? err.message : String(err)})` };
  }
}

/** A short, safe description of a refused message for the log (never the whole payload). */
export function describeRefused(error: string): string {
  return `refused a malformed webview message: ${error.slice(0, 300)}`; // l10n-ignore: a log line
}
