/**
 * gitlabMembers.filter / gitlabMembers.clearFilter: filter a Members or Invitations folder by text (GitLab's
 * own `query` search, shown in the folder's description), and show it unfiltered again.
 */
import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';
import type { CommandDeps } from './support/deps';
import { pickFolder } from './pickers/pickTreeRow';

export async function filter(deps: CommandDeps, node?: unknown): Promise<void> {
  const folder = await pickFolder(deps, node, l10n.t({ message: 'Filter', comment: ['title: filter (verb) the rows of a folder'] }), (f) => f.spec.filterable);
  if (!folder) return;
  const text = await vscode.window.showInputBox({
    title: l10n.t('Filter {0} of {1}', folder.spec.label, folder.source.fullPath),
    prompt: folder.spec.kind === 'members'
      ? l10n.t('GitLab matches the name, username or email. Leave empty to show all.')
      : l10n.t('GitLab matches the email. Leave empty to show all.'),
    placeHolder: l10n.t('Text to search for'),
    value: folder.query ?? '',
  });
  if (text === undefined) return;
  folder.setQuery(text);
  deps.tree.changed(folder);
  await deps.tree.reveal(folder, { expand: true });
}

export async function clearFilter(deps: CommandDeps, node?: unknown): Promise<void> {
  const folder = await pickFolder(deps, node, l10n.t('Clear Filter'), (f) => f.query !== undefined);
  if (!folder) return;
  folder.setQuery(undefined);
  deps.tree.changed(folder);
}
