/** At start-up: one warning per account whose token expires within 7 days (or has expired), with the date. */
import * as vscode from 'vscode';
import { hostOf } from './account';
import type { AccountStore } from './accountStore';
import { tokenExpiryWarning } from './validateToken';

export function remindExpiringTokens(store: AccountStore, now: Date = new Date()): void {
  for (const account of store.list()) {
    const who = `The token for @${account.username} on ${hostOf(account.instanceUrl)}`;
    const warning = tokenExpiryWarning(account.tokenExpiresAt, now, who);
    if (warning) void vscode.window.showWarningMessage(warning);
  }
}
