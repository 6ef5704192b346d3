/** Palette step 1: which signed-in account (asked only when there are several). */
import * as vscode from 'vscode';
import { hostOf, isReadOnly } from '../../accounts/account';
import type { AccountSession } from '../../accounts/sessions';
import type { CommandDeps } from '../deps';

export const READ_ONLY_REFUSAL = 'This token is read-only (read_api): GitLab refuses changes with it. Sign in with a token that has the api scope.';

/** `writes`: the action changes something, so only accounts whose token may write are offered. */
export async function pickSession(deps: CommandDeps, title: string, opts: { writes?: boolean } = {}): Promise<AccountSession | undefined> {
  const all = deps.store.list();
  if (all.length === 0) {
    void vscode.window.showInformationMessage('Sign in to GitLab first (GitLab Members: Sign In).');
    return undefined;
  }
  const accounts = opts.writes ? all.filter((a) => !isReadOnly(a)) : all;
  if (accounts.length === 0) {
    void vscode.window.showInformationMessage(`${title}: ${READ_ONLY_REFUSAL}`);
    return undefined;
  }
  if (accounts.length === 1) return deps.sessions.forAccount(accounts[0]);
  const picked = await vscode.window.showQuickPick(
    accounts.map((account) => ({ label: `@${account.username}`, description: hostOf(account.instanceUrl), detail: account.name, account })),
    { title, placeHolder: 'Which GitLab account?', ignoreFocusOut: true },
  );
  return picked && deps.sessions.forAccount(picked.account);
}
