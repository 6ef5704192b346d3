/** Keeps the `gitlabMembers.signedIn` context key (welcome view, menus) in step with the stored accounts. */
import * as vscode from 'vscode';
import { CONTEXT_KEYS } from '../commands/ids';
import type { AccountStore } from './accountStore';

export async function updateSignedInContext(store: AccountStore): Promise<void> {
  await vscode.commands.executeCommand('setContext', CONTEXT_KEYS.signedIn, store.list().length > 0);
}
