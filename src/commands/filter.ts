/**
 * gitlabMembers.filter / gitlabMembers.clearFilter: filter a Members or Invitations folder by text (GitLab's
 * own `query` search, shown in the folder's description), and show it unfiltered again.
 */
import * as vscode from 'vscode';
import type { CommandDeps } from './deps';
import { pickFolder } from './pickers/pickTreeRow';

export async function filter(deps: CommandDeps, node?: unknown): Promise<void> {
  const folder = await pickFolder(deps, node, 'Filter', (f) => f.spec.filterable);
  if (!folder) return;
  const searches = folder.spec.kind === 'members' ? 'name, username or email' : 'email';
  const text = await vscode.window.showInputBox({
    title: `Filter ${folder.spec.label} of ${folder.source.fullPath}`,
    prompt: `GitLab matches the ${searches}. Leave empty to show all.`,
    placeHolder: 'Text to search for',
    value: folder.query ?? '',
  });
  if (text === undefined) return;
  folder.setQuery(text);
  deps.tree.changed(folder);
  await deps.tree.reveal(folder, { expand: true });
}

export async function clearFilter(deps: CommandDeps, node?: unknown): Promise<void> {
  const folder = await pickFolder(deps, node, 'Clear Filter', (f) => f.query !== undefined);
  if (!folder) return;
  folder.setQuery(undefined);
  deps.tree.changed(folder);
}
