/**
 * A group or project looked up by what the user typed (path, web URL, id). A bare id can name a group and a
 * project at once (GitLab numbers them separately): then the user picks which one was meant.
 */
import * as vscode from 'vscode';
import type { GitLabApi } from '../../gitlab/api';
import type { Source } from '../../gitlab/types';

export async function lookupSource(api: GitLabApi, input: string, title: string): Promise<Source | undefined> {
  return chooseSource(await api.resolveSources(input), input, title);
}

/** The one source found, or the one the user picks when an id named a group and a project. */
export async function chooseSource(found: readonly Source[], input: string, title: string): Promise<Source | undefined> {
  if (found.length <= 1) return found[0];
  const picked = await vscode.window.showQuickPick(found.map((source) => ({
    label: `${source.kind === 'group' ? '$(organization) Group' : '$(repo) Project'} ${source.fullPath}`,
    description: `id ${source.id}`,
    source,
  })), { title, placeHolder: `"${input.trim()}" is the id of a group and of a project: which one?`, ignoreFocusOut: true });
  return picked?.source;
}
