/**
 * Loading many rows in a cancellable notification: Cancel aborts the returned signal, and progress reads
 * `1,200 of 12,500` (or `1,200 so far` when GitLab gives no total) with the bar following the share loaded.
 */
import * as vscode from 'vscode';

export type RowProgress = (loaded: number, total: number | null) => void;

const n = (value: number) => value.toLocaleString('en-US');

export function withRowProgress<T>(title: string, run: (signal: AbortSignal, onProgress: RowProgress) => Promise<T>): Thenable<T> {
  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title, cancellable: true },
    async (progress, token) => {
      const abort = new AbortController();
      const subscription = token.onCancellationRequested(() => abort.abort());
      let shown = 0;
      try {
        return await run(abort.signal, (loaded, total) => {
          const percent = total ? Math.min(100, Math.floor((loaded / total) * 100)) : 0;
          progress.report({ message: total ? `${n(loaded)} of ${n(total)}` : `${n(loaded)} so far`, increment: percent - shown });
          shown = Math.max(shown, percent);
        });
      } finally {
        subscription.dispose();
      }
    },
  );
}
