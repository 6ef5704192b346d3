/** gitlabMembers.signOut: forget one account (picked when there are several) and delete its token. */
import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';
import { hostOf, type Account } from '../accounts/account';
import { updateSignedInContext } from '../accounts/signedInContext';
import { AccountNode } from '../tree/accountNode';
import type { CommandDeps } from './support/deps';

/** @param node the account row when run from its context menu. */
export async function signOut(deps: CommandDeps, node?: unknown): Promise<void> {
  const account = node instanceof AccountNode ? node.account : await pickAccount(deps.store.list());
  if (!account) return;
  await deps.store.remove(account);
  deps.sessions.clear();
  await updateSignedInContext(deps.store);
  deps.tree.refresh();
  void vscode.window.showInformationMessage(l10n.t('Signed out of {0} (@{1})', hostOf(account.instanceUrl), account.username));
}

async function pickAccount(accounts: Account[]): Promise<Account | undefined> {
  if (accounts.length === 0) {
    void vscode.window.showInformationMessage(l10n.t('You are not signed in to GitLab.'));
    return undefined;
  }
  if (accounts.length === 1) return accounts[0];
  const picked = await vscode.window.showQuickPick(
    accounts.map((account) => ({ label: `@${account.username}`, description: hostOf(account.instanceUrl), detail: account.name, account })),
    { title: l10n.t('Sign out of GitLab'), placeHolder: l10n.t('Which account?') },
  );
  return picked?.account;
}
