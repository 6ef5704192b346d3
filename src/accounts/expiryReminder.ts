/** At start-up: one warning per account whose token expires within 7 days (or has expired), with the date. */
import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';
import { hostOf } from './account';
import type { AccountStore } from './accountStore';
import { tokenExpiryWarning } from './validateToken';

export function remindExpiringTokens(store: AccountStore, now: Date = new Date()): void {
  for (const account of store.list()) {
    const who = l10n.t({ message: 'The token for @{0} on {1}', args: [account.username, hostOf(account.instanceUrl)], comment: ['subject of the token expiry warning: "The token for @demo on gitlab.example.com expires in 3 days (…)"'] });
    const warning = tokenExpiryWarning(account.tokenExpiresAt, now, who);
    if (warning) void vscode.window.showWarningMessage(warning);
  }
}
