/**
 * Palette step 2: a group or project. The list fills as the account's groups and projects load (level by level,
 * rows never move once shown, see stableItems.ts); typing a full path, a web URL or an id that is not listed
 * offers to look it up on GitLab.
 */
import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';
import type { AccountSession } from '../../accounts/sessions';
import { userMessageOf } from '../../domain/errors';
import type { Source } from '../../gitlab/types';
import { lookupSource } from './lookupSource';
import { walkSources } from '../../sources/sourceCatalog';
import { StableItems } from './stableItems';

interface SourceItem extends vscode.QuickPickItem {
  readonly source?: Source;
  /** Set on the "look it up" row (always the first row). */
  readonly lookup?: true;
}

const LOOKUP_KEY = 'lookup';
const keyOf = (i: SourceItem) => (i.source ? `${i.source.kind}:${i.source.id}` : LOOKUP_KEY);

export async function pickSource(session: AccountSession, title: string, placeHolder = l10n.t('Which group or project?')): Promise<Source | undefined> {
  const pick = vscode.window.createQuickPick<SourceItem>();
  Object.assign(pick, { title, placeholder: placeHolder, matchOnDescription: true, ignoreFocusOut: true, busy: true });
  const abort = new AbortController();
  const rows = new StableItems<SourceItem>(keyOf);
  const paths = new Set<string>();
  const show = (batch: SourceItem[] = []) => {
    const typed = pick.value.trim();
    const offer = typed !== '' && !paths.has(typed.toLowerCase());
    const lookup: SourceItem = offer
      ? { label: l10n.t({ message: '$(search) Look up "{0}"', args: [typed], comment: ['$(search) is an icon: keep it as it is'] }), detail: l10n.t('A full path, web address or id of a group or project'), alwaysShow: true, lookup: true }
      : { label: l10n.t({ message: '$(search) Type a full path, web address or id to look it up', comment: ['$(search) is an icon: keep it as it is'] }), lookup: true };
    pick.items = rows.upsert([lookup, ...batch]);
  };
  void (async () => {
    try {
      for await (const batch of walkSources(session.api, abort.signal)) {
        for (const s of batch) paths.add(s.fullPath.toLowerCase());
        show(batch.map(toItem).sort(byPath));
      }
    } catch (err) {
      if (!abort.signal.aborted) pick.placeholder = l10n.t("Couldn't list groups and projects ({0}): type a path instead", userMessageOf(err));
    } finally {
      pick.busy = false;
    }
  })();
  pick.onDidChangeValue(() => show());
  show();
  try {
    const chosen = await new Promise<SourceItem | string | undefined>((resolve) => {
      pick.onDidAccept(() => {
        const item = pick.selectedItems[0];
        const typed = pick.value.trim();
        if (item?.lookup && typed === '') return; // the hint row: nothing typed to look up yet
        resolve(item?.lookup ? typed : item);
      });
      pick.onDidHide(() => resolve(undefined));
      pick.show();
    });
    if (typeof chosen === 'string') return await lookupSource(session.api, chosen, title);
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
  return { label: `${icon} ${source.fullPath}`, description: source.kind === 'group' ? l10n.t({ message: 'group', comment: ['the kind of a GitLab row (a group, not a project)'] }) : l10n.t({ message: 'project', comment: ['the kind of a GitLab row (a project, not a group)'] }), source };
}
