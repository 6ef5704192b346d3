/** Palette step 1: which signed-in account (asked only when there are several). */
import * as vscode from 'vscode';
import { hostOf } from '../../accounts/account';
import type { AccountSession } from '../../accounts/sessions';
import type { CommandDeps } from '../deps';

export async function pickSession(deps: CommandDeps, title: string): Promise<AccountSession | undefined> {
  const accounts = deps.store.list();
  if (accounts.length === 0) {
    void vscode.window.showInformationMessage('Sign in to GitLab first (GitLab Members: Sign In).');
    return undefined;
  }
  if (accounts.length === 1) return deps.sessions.forAccount(accounts[0]);
  const picked = await vscode.window.showQuickPick(
    accounts.map((account) => ({ label: `@${account.username}`, description: hostOf(account.instanceUrl), detail: account.name, account })),
    { title, placeHolder: 'Which GitLab account?', ignoreFocusOut: true },
  );
  return picked && deps.sessions.forAccount(picked.account);
}
