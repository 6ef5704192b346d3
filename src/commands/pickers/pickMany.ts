/**
 * A quick pick of several rows, for the bulk commands run from the palette (nothing selected in a view).
 * The list shows while it loads (busy); closing the pick stops the loading (its signal aborts). Escape
 * cancels; Enter with nothing ticked does nothing.
 */
import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';
import { userMessageOf } from '../../domain/errors';

export interface ManyItem<T> extends vscode.QuickPickItem {
  readonly value: T;
}

export async function pickMany<T>(title: string, placeholder: string, load: (signal: AbortSignal) => Promise<Array<ManyItem<T>>>): Promise<T[] | undefined> {
  const pick = vscode.window.createQuickPick<ManyItem<T>>();
  Object.assign(pick, { title, placeholder, canSelectMany: true, matchOnDescription: true, ignoreFocusOut: true, busy: true });
  const abort = new AbortController();
  let failed = false;
  load(abort.signal).then(
    (rows) => {
      pick.items = rows;
      if (rows.length === 0) pick.placeholder = l10n.t('Nothing here to choose from');
    },
    (err: unknown) => {
      failed = true;
      if (!abort.signal.aborted) pick.placeholder = l10n.t("Couldn't load the list: {0}", userMessageOf(err));
    },
  ).finally(() => (pick.busy = false));
  try {
    const chosen = await new Promise<T[] | undefined>((resolve) => {
      pick.onDidAccept(() => {
        if (failed || pick.selectedItems.length === 0) return;
        resolve(pick.selectedItems.map((i) => i.value));
      });
      pick.onDidHide(() => resolve(undefined));
      pick.show();
    });
    return chosen;
  } finally {
    abort.abort();
    pick.dispose();
  }
}
