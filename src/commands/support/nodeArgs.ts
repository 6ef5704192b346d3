/**
 * What a tree command was run on: the folder (from its row, an inline button or its "Load more…" row), or
 * the account (the row's own, the only one, or one the user picks).
 */
import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';
import { hostOf } from '../../accounts/account';
import type { AccountNode } from '../../tree/accountNode';
import { PagedFolderNode } from '../../tree/pagedFolder';
import type { TreeNode } from '../../tree/node';
import type { CommandDeps } from './deps';

export type AnyFolder = PagedFolderNode<TreeNode>;

export function folderArg(node: unknown): AnyFolder | undefined {
  if (node instanceof PagedFolderNode) return node as AnyFolder;
  const parent = (node as { parent?: unknown } | undefined)?.parent;
  return parent instanceof PagedFolderNode ? (parent as AnyFolder) : undefined;
}

export async function accountArg(deps: CommandDeps, node: unknown, title: string): Promise<AccountNode | undefined> {
  const accounts = deps.tree.accounts;
  for (let n = node as TreeNode | undefined; n; n = n.parent) {
    const found = accounts.find((a) => a === n);
    if (found) return found;
  }
  if (accounts.length === 0) {
    void vscode.window.showInformationMessage(l10n.t('Sign in to GitLab first.'));
    return undefined;
  }
  if (accounts.length === 1) return accounts[0];
  const picked = await vscode.window.showQuickPick(
    accounts.map((a) => ({ label: `@${a.account.username}`, description: hostOf(a.account.instanceUrl), detail: a.account.name, node: a })),
    { title, placeHolder: l10n.t('Which account?') },
  );
  return picked?.node;
}
