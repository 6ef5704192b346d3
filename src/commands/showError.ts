/** Every error a command shows: one sentence and a "Show Logs" button. */
import * as vscode from 'vscode';
import { redact } from '../domain/requestLine';

export const SHOW_LOGS = 'Show Logs';

export async function showError(log: vscode.LogOutputChannel, message: string): Promise<void> {
  log.error(redact(message));
  const choice = await vscode.window.showErrorMessage(message, SHOW_LOGS);
  if (choice === SHOW_LOGS) log.show();
}
