// The "GitLab Members" output channel as VS Code wrote it for this session (on the server, or in the browser for
// the web worker host; logFiles.ts), and waits on its lines. No log offers an event to wait on: read every 100 ms.
import type { Session } from './session';
import { timeouts } from './workbench';

type HasLogs = Pick<Session, 'logs'>;

/** Every extension host's copy of the session (a window reload starts a new one), oldest first. */
export async function extensionLog(session: HasLogs): Promise<string> {
  const files = (await session.logs()).filter((file) => file.path.endsWith('/GitLab Members.log')).sort((a, b) => a.path.localeCompare(b.path));
  return files.map((file) => file.text).join('\n');
}

/** Waits until the log has a line matching `wanted`; returns the log. */
export async function waitForExtensionLog(session: HasLogs, wanted: RegExp, what: string, timeout = timeouts.ui): Promise<string> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const log = await extensionLog(session);
    if (wanted.test(log)) return log;
    if (Date.now() > deadline) throw new Error(`${what}: no log line ${wanted} within ${timeout} ms; the log ends:\n${log.split('\n').slice(-15).join('\n')}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The commands our extension ran so far, as it logs them (`Run <id>[ without a row]`). */
export async function commandRuns(session: HasLogs): Promise<string[]> {
  return [...(await extensionLog(session)).matchAll(/\] Run (\S+( without a row)?)$/gm)].map((m) => m[1]);
}
