/**
 * gitlabMembers.addSource ("Add Group or Project…"): pins a group or project to an account by its path,
 * numeric id or web URL, so it shows in the tree even when the user is not a member of its parents.
 */
import * as vscode from 'vscode';
import { hostOf } from '../accounts/account';
import { isGitLabError } from '../gitlab';
import { accountArg } from './nodeArgs';
import { chooseSource } from './pickers/lookupSource';
import type { CommandDeps } from './deps';

export async function addSource(deps: CommandDeps, node?: unknown): Promise<void> {
  const account = await accountArg(deps, node, 'Add a group or project');
  if (!account) return;
  const host = hostOf(account.account.instanceUrl);
  const input = await vscode.window.showInputBox({
    title: `Add a group or project of ${host}`,
    prompt: 'Group or project: its path (acme/platform), web URL, or numeric id (group 12 or project 12 to say which)',
    placeHolder: 'acme/platform/infra',
    ignoreFocusOut: true,
    validateInput: (text) => (text.trim() ? undefined : 'Enter a path, an id or a URL.'),
  });
  if (!input?.trim()) return;
  const { api, key } = account.session;
  let source;
  try {
    source = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: `Looking up ${input.trim()} on ${host}…` },
      () => api.resolveSources(input),
    ).then((found) => chooseSource(found, input, 'Add a group or project'));
  } catch (err) {
    if (isGitLabError(err) && err.kind === 'not-found') {
      throw new Error(`No group or project "${input.trim()}" on ${host}, or you cannot see it.`);
    }
    throw err;
  }
  if (!source) return;
  const added = await deps.store.pins.add(key, source);
  account.pinsChanged();
  deps.tree.changed(account);
  const what = `${source.kind === 'group' ? 'Group' : 'Project'} ${source.fullPath}`;
  void vscode.window.showInformationMessage(added ? `${what} added to the tree.` : `${what} was already in the tree.`);
}
