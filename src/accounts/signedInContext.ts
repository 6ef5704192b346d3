/**
 * Keeps the context keys about accounts in step with the stored accounts: `gitlabMembers.signedIn` (welcome
 * view, menus) and `gitlabMembers.canWrite` (some account's token may change things: the write commands).
 */
import * as vscode from 'vscode';
import { CONTEXT_KEYS } from '../core/ids';
import { isReadOnly } from './account';
import type { AccountStore } from './accountStore';

export async function updateSignedInContext(store: AccountStore): Promise<void> {
  const accounts = store.list();
  await vscode.commands.executeCommand('setContext', CONTEXT_KEYS.signedIn, accounts.length > 0);
  await vscode.commands.executeCommand('setContext', CONTEXT_KEYS.canWrite, accounts.some((a) => !isReadOnly(a)));
}
