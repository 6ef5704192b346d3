/**
 * gitlabMembers.loadAll: every remaining row of a folder with the concurrent pager, with progress in a
 * cancellable notification. Cancelling keeps the rows shown before; a failure is shown with "Show Logs".
 */
import * as vscode from 'vscode';
import { isGitLabError } from '../gitlab';
import type { CommandDeps } from './deps';
import { folderArg } from './nodeArgs';

const n = (value: number) => value.toLocaleString('en-US');

export async function loadAll(deps: CommandDeps, node?: unknown): Promise<void> {
  const folder = folderArg(node);
  if (!folder) return;
  const what = `${folder.spec.what} of ${folder.source.fullPath}`;
  const started = Date.now();
  try {
    await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: `Loading all ${what}`, cancellable: true },
      async (progress, token) => {
        const cancel = new AbortController();
        const subscription = token.onCancellationRequested(() => cancel.abort());
        let shownPercent = 0;
        try {
          await folder.loadAll(cancel.signal, {
            onProgress: (loaded, total) => {
              const percent = total ? Math.min(100, Math.floor((loaded / total) * 100)) : 0;
              progress.report({ message: total ? `${n(loaded)} of ${n(total)}` : `${n(loaded)} so far`, increment: percent - shownPercent });
              shownPercent = Math.max(shownPercent, percent);
            },
          });
        } finally {
          subscription.dispose();
        }
      },
    );
  } catch (err) {
    if (isGitLabError(err) && err.kind === 'cancelled') {
      deps.log.info(`Stopped loading all ${what}`);
      return;
    }
    throw err;
  } finally {
    deps.tree.changed(folder);
  }
  deps.log.info(`Loaded all ${what}: ${n(folder.loaded().length)} rows in ${Date.now() - started}ms`);
}
