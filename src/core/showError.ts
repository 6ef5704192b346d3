/** Every error a command shows: one sentence and a "Show Logs" button. */
import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';
import { redact } from '../domain/requestLine';

/** The button's label; a function, not a constant: the language is known only once the extension is activated. */
export const showLogsButton = () => l10n.t('Show Logs');

export async function showError(log: vscode.LogOutputChannel, message: string): Promise<void> {
  log.error(redact(message));
  const showLogs = showLogsButton();
  const choice = await vscode.window.showErrorMessage(message, showLogs);
  if (choice === showLogs) log.show();
}
