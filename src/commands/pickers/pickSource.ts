/**
 * Palette step 2: a group or project. The list fills as the account's groups and projects load; typing a full
 * path, a web URL or an id that is not listed offers to look it up on GitLab.
 */
import * as vscode from 'vscode';
import type { AccountSession } from '../../accounts/sessions';
import { userMessageOf } from '../../domain/errors';
import type { Source } from '../../gitlab/types';
import { walkSources } from './sourceCatalog';

interface SourceItem extends vscode.QuickPickItem {
  readonly source?: Source;
  /** Set on the "look it up" row. */
  readonly lookup?: string;
}

export async function pickSource(session: AccountSession, title: string, placeHolder = 'Which group or project?'): Promise<Source | undefined> {
  const pick = vscode.window.createQuickPick<SourceItem>();
  Object.assign(pick, { title, placeholder: placeHolder, matchOnDescription: true, ignoreFocusOut: true, busy: true });
  const abort = new AbortController();
  let listed: SourceItem[] = [];
  const show = () => {
    const typed = pick.value.trim();
    const exact = listed.some((i) => i.source?.fullPath.toLowerCase() === typed.toLowerCase());
    const lookup: SourceItem[] = typed && !exact
      ? [{ label: `$(search) Look up "${typed}"`, detail: 'A full path, web address or id of a group or project', alwaysShow: true, lookup: typed }]
      : [];
    pick.items = [...listed, ...lookup];
  };
  void (async () => {
    try {
      for await (const batch of walkSources(session.api, abort.signal)) {
        listed = [...listed, ...batch.map(toItem)].sort(byPath);
        show();
      }
    } catch (err) {
      if (!abort.signal.aborted) pick.placeholder = `Couldn't list groups and projects (${userMessageOf(err)}): type a path instead`;
    } finally {
      pick.busy = false;
    }
  })();
  pick.onDidChangeValue(show);
  try {
    const chosen = await new Promise<SourceItem | undefined>((resolve) => {
      pick.onDidAccept(() => resolve(pick.selectedItems[0]));
      pick.onDidHide(() => resolve(undefined));
      pick.show();
    });
    if (chosen?.lookup) return await session.api.resolveSource(chosen.lookup);
    return chosen?.source;
  } finally {
    abort.abort();
    pick.dispose();
  }
}

function byPath(a: SourceItem, b: SourceItem): number {
  return (a.source?.fullPath ?? '').localeCompare(b.source?.fullPath ?? '');
}

function toItem(source: Source): SourceItem {
  const icon = source.kind === 'group' ? '$(organization)' : '$(repo)';
  return { label: `${icon} ${source.fullPath}`, description: source.kind === 'group' ? 'group' : 'project', source };
}
