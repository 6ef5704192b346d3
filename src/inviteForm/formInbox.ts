/**
 * The door every webview message comes through: validated first (a malformed one is logged and dropped), then
 * handed to the form's handler; a handler failure is logged, never thrown. No vscode, so tests can feed it anything.
 */
import type { FromWebview } from '../shared/protocol';
import { describeRefused, parseFromWebview } from '../shared/protocolSchema';

export interface InboxLog {
  warn(message: string): void;
  error(message: string): void;
}

/** Returns the handler's promise (settled, never rejected) for a valid message; undefined when refused. */
export function receiveFormMessage(raw: unknown, log: InboxLog, handle: (message: FromWebview) => Promise<void>): Promise<void> | undefined {
  const parsed = parseFromWebview(raw);
  if (!parsed.ok) {
    log.warn(describeRefused(parsed.error));
    return undefined;
  }
  try {
    return handle(parsed.value).catch((err: unknown) => log.error(`invite form: ${String(err)}`));
  } catch (err) {
    log.error(`invite form: ${String(err)}`);
    return undefined;
  }
}
