// A user flow as one node:test test: a fresh session, named steps with a screenshot after each,
// a screenshot + logs on failure, and everything stopped at the end.
import { after, test } from 'node:test';
import { startSession, type Session, type SessionOptions } from './session';
import { stopSharedWorkbench } from './sharedWorkbench';

export interface FlowContext extends Session {
  /** Runs one named step; saves `<nn>-<name>.png` after it, or `<nn>-FAILED-<name>.png` if it throws. */
  step<T>(name: string, body: () => Promise<T>): Promise<T>;
}

export interface FlowOptions extends Partial<SessionOptions> {
  /** Whole-flow limit (default 3 minutes). */
  timeout?: number;
  /** Fail if the page opened any alert/confirm/prompt (default true). */
  forbidDialogs?: boolean;
}

// After the process's last flow: the flows share a code-server and browser (sharedWorkbench.ts).
after(() => stopSharedWorkbench());

export function flow(name: string, body: (f: FlowContext) => Promise<void>, options: FlowOptions = {}): void {
  const { timeout = 180_000, forbidDialogs = true, ...sessionOptions } = options;
  test(name, { timeout }, async (t) => {
    const session = await startSession({ name, shared: true, ...sessionOptions });
    const started = Date.now();
    let current = 'start';
    /** The step whose failure picture is taken already (a step's own catch), so the flow's catch skips it. */
    let shotFailure: string | undefined;
    const f: FlowContext = Object.assign(session, {
      async step<T>(stepName: string, run: () => Promise<T>): Promise<T> {
        current = stepName;
        const t0 = Date.now();
        try {
          const value = await run();
          if (session.browser) await session.wb.shot(stepName);
          t.diagnostic(`step "${stepName}" ${Date.now() - t0} ms`);
          return value;
        } catch (error) {
          if (session.browser) await session.wb.shot(`FAILED-${stepName}`).catch(() => {});
          shotFailure = stepName;
          throw error;
        }
      },
    });
    try {
      // Our own deadline a little before node:test's, so a hung step still reaches stop() below.
      let timer: NodeJS.Timeout | undefined;
      const deadline = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`flow timed out after ${(timeout - 15_000) / 1000}s`)), timeout - 15_000);
      });
      await Promise.race([body(f), deadline]).finally(() => clearTimeout(timer));
      if (forbidDialogs && session.dialogs.length) throw new Error(`the page opened dialogs: ${session.dialogs.join(' | ')}`);
    } catch (error) {
      // Failures outside a step's own catch (the deadline while a step hangs, a check between steps, dialogs).
      if (session.browser && shotFailure !== current) await session.wb.shot(`FAILED-${current}`).catch(() => {});
      const detail = await failureDetail(session);
      const message = `${name}: step "${current}" failed after ${Date.now() - started} ms: ${(error as Error).message}\n${detail}`;
      throw Object.assign(new Error(message), { cause: error });
    } finally {
      await session.stop();
    }
  });
}

/** What a reader needs first: visible notifications, page errors, the extension host's last words. */
async function failureDetail(session: Session): Promise<string> {
  const parts: string[] = [];
  if (session.browser) {
    const notes = await session.wb.notificationTexts().catch(() => []);
    if (notes.length) parts.push(`notifications: ${notes.join(' | ')}`);
  }
  if (session.pageErrors.length) parts.push(`page errors: ${session.pageErrors.slice(-5).join(' | ')}`);
  // Server-side logs: the extension host's, and our extension's own output channel.
  const logs = await session.logs();
  for (const [label, pattern] of [['extension host', /\/(remote|worker)?exthost\.log$/], ['GitLab Members output', /\/GitLab Members\.log$/]] as const) {
    const file = logs.filter((f) => pattern.test(f.path)).sort((a, b) => a.path.localeCompare(b.path)).at(-1); // the latest window's
    const text = file?.text ?? '';
    if (text.trim()) parts.push(`${label} log (tail):\n${text.trimEnd().split('\n').slice(-12).join('\n')}`);
  }
  parts.push(`artifacts: ${session.artifactsDir} and ${session.wb.screenshotDir}`);
  return parts.join('\n');
}
