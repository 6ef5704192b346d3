/**
 * Loading many rows in a cancellable notification: Cancel aborts the signal, and progress reads `1,200 of 12,500`
 * (or `1,200 so far` when GitLab gives no total) with the bar following the share loaded; while GitLab rate
 * limits, the message says so and for how long ("… · GitLab is rate limiting requests; retrying in 12 s").
 */
import * as l10n from '@vscode/l10n';
import { thousands } from '../../domain/counts';
import * as vscode from 'vscode';
import { rateLimitNotice, type LoadAllOptions } from '../../gitlab';

export type RowProgress = (loaded: number, total: number | null) => void;

/** What `run` passes on to the API layer (or a folder's Load all). */
export type RowLoadOptions = Required<Pick<LoadAllOptions, 'signal' | 'onProgress' | 'onRateLimit'>>;

/** `say` replaces the progress message, e.g. once the rows are in and being drawn. */
export function withRowProgress<T>(title: string, run: (opts: RowLoadOptions, say: (message: string) => void) => Promise<T>): Thenable<T> {
  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title, cancellable: true },
    async (progress, token) => {
      const abort = new AbortController();
      const subscription = token.onCancellationRequested(() => abort.abort());
      let shown = 0;
      let rows = '';
      try {
        return await run({
          signal: abort.signal,
          onProgress: (loaded, total) => {
            const percent = total ? Math.min(100, Math.floor((loaded / total) * 100)) : 0;
            rows = total ? l10n.t('{0} of {1}', thousands(loaded), thousands(total)) : l10n.t('{0} so far', thousands(loaded));
            progress.report({ message: rows, increment: percent - shown });
            shown = Math.max(shown, percent);
          },
          onRateLimit: (seconds) => progress.report({ message: [rows, rateLimitNotice(seconds)].filter(Boolean).join(' · ') }),
        }, (message) => progress.report({ message }));
      } finally {
        subscription.dispose();
      }
    },
  );
}
