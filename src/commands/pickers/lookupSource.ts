/**
 * A group or project looked up by what the user typed (path, web URL, id). A bare id can name a group and a
 * project at once (GitLab numbers them separately): then the user picks which one was meant.
 */
import * as l10n from '@vscode/l10n';
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
    label: source.kind === 'group'
      ? l10n.t({ message: '$(organization) Group {0}', args: [source.fullPath], comment: ['$(organization) is an icon: keep it as it is'] })
      : l10n.t({ message: '$(repo) Project {0}', args: [source.fullPath], comment: ['$(repo) is an icon: keep it as it is'] }),
    description: l10n.t('id {0}', source.id),
    source,
  })), { title, placeHolder: l10n.t('"{0}" is the id of a group and of a project: which one?', input.trim()), ignoreFocusOut: true });
  return picked?.source;
}
