/** Palette step 1: which signed-in account (asked only when there are several). */
import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';
import { hostOf, isReadOnly } from '../../accounts/account';
import type { AccountSession } from '../../accounts/sessions';
import type { CommandDeps } from '../support/deps';

/** Why an account with a read-only token cannot make a change (a function: the language is set in activate()). */
export const readOnlyRefusal = () => l10n.t('This token is read-only (read_api): GitLab refuses changes with it. Sign in with a token that has the api scope.');

/** `writes`: the action changes something, so only accounts whose token may write are offered. */
export async function pickSession(deps: CommandDeps, title: string, opts: { writes?: boolean } = {}): Promise<AccountSession | undefined> {
  const all = deps.store.list();
  if (all.length === 0) {
    void vscode.window.showInformationMessage(l10n.t('Sign in to GitLab first (GitLab Members: Sign In).'));
    return undefined;
  }
  const accounts = opts.writes ? all.filter((a) => !isReadOnly(a)) : all;
  if (accounts.length === 0) {
    void vscode.window.showInformationMessage(titled(title, readOnlyRefusal()));
    return undefined;
  }
  if (accounts.length === 1) return deps.sessions.forAccount(accounts[0]);
  const picked = await vscode.window.showQuickPick(
    accounts.map((account) => ({ label: `@${account.username}`, description: hostOf(account.instanceUrl), detail: account.name, account })),
    { title, placeHolder: l10n.t('Which GitLab account?'), ignoreFocusOut: true },
  );
  return picked && deps.sessions.forAccount(picked.account);
}

/** `Remove Member: <why it cannot be done>`, said instead of running an action. */
export function titled(title: string, reason: string): string {
  return l10n.t({ message: '{0}: {1}', args: [title, reason], comment: ['{0} is the title of an action, {1} says why it cannot be done'] });
}
