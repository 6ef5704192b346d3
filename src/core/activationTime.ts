/**
 * How long activation took, written to the log channel once per activation: the time to evaluate the bundle
 * (timestamps esbuild.mjs puts at the top and bottom of dist/extension.js) plus the time spent in activate().
 * What VS Code does between the two (preparing the extension context) is not ours and is left out.
 * `npm run bench` reads this line from a real code-server session.
 */
import type * as vscode from 'vscode';

declare const __glmLoadStart: number | undefined;
declare const __glmLoadEnd: number | undefined;

export function logActivationTime(log: vscode.LogOutputChannel, activateStarted: number): void {
  const inActivate = performance.now() - activateStarted;
  const loading = typeof __glmLoadStart === 'number' && typeof __glmLoadEnd === 'number' ? __glmLoadEnd - __glmLoadStart : 0;
  log.info(`Activated in ${(loading + inActivate).toFixed(1)} ms (loading code ${loading.toFixed(1)} ms, activate() ${inActivate.toFixed(1)} ms)`);
}
