/**
 * How long activation took, written to the log channel once per activation: from the bundle starting to load
 * (a timestamp esbuild.mjs puts at the top of dist/extension.js) to the end of activate(). `npm run bench`
 * reads this line from a real code-server session.
 */
import type * as vscode from 'vscode';

declare const __glmLoadStart: number | undefined;

export function logActivationTime(log: vscode.LogOutputChannel, activateStarted: number): void {
  const now = performance.now();
  const loadStart = typeof __glmLoadStart === 'number' ? __glmLoadStart : activateStarted;
  const total = (now - loadStart).toFixed(1);
  log.info(`Activated in ${total} ms (loading code ${(activateStarted - loadStart).toFixed(1)} ms, activate() ${(now - activateStarted).toFixed(1)} ms)`);
}
