/**
 * gitlabMembers.addSource ("Add Group or Project…"): pins a group or project to an account by its path,
 * numeric id or web URL, so it shows in the tree even when the user is not a member of its parents.
 */
import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';
import { hostOf } from '../accounts/account';
import { isGitLabError } from '../gitlab';
import { accountArg } from './support/nodeArgs';
import { chooseSource } from './pickers/lookupSource';
import type { CommandDeps } from './support/deps';

export async function addSource(deps: CommandDeps, node?: unknown): Promise<void> {
  const account = await accountArg(deps, node, l10n.t('Add a group or project'));
  if (!account) return;
  const host = hostOf(account.account.instanceUrl);
  const input = await vscode.window.showInputBox({
    title: l10n.t('Add a group or project of {0}', host),
    prompt: l10n.t('Group or project: its path (acme/platform), web URL, or numeric id (group 12 or project 12 to say which)'),
    placeHolder: 'acme/platform/infra', // l10n-ignore: an example path, not prose
    ignoreFocusOut: true,
    validateInput: (text) => (text.trim() ? undefined : l10n.t('Enter a path, an id or a URL.')),
  });
  if (!input?.trim()) return;
  const { api, key } = account.session;
  let source;
  try {
    source = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: l10n.t('Looking up {0} on {1}…', input.trim(), host) },
      () => api.resolveSources(input),
    ).then((found) => chooseSource(found, input, l10n.t('Add a group or project')));
  } catch (err) {
    if (isGitLabError(err) && err.kind === 'not-found') {
      throw new Error(l10n.t('No group or project "{0}" on {1}, or you cannot see it.', input.trim(), host));
    }
    throw err;
  }
  if (!source) return;
  const added = await deps.store.pins.add(key, source);
  account.pinsChanged();
  deps.tree.changed(account);
  const path = source.fullPath;
  const message = source.kind === 'group'
    ? (added ? l10n.t('Group {0} added to the tree.', path) : l10n.t('Group {0} was already in the tree.', path))
    : (added ? l10n.t('Project {0} added to the tree.', path) : l10n.t('Project {0} was already in the tree.', path));
  void vscode.window.showInformationMessage(message);
}
