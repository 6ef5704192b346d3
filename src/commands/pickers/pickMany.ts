/**
 * A quick pick of several rows, for the bulk commands run from the palette (nothing selected in a view).
 * The list shows while it loads (busy); Escape, or accepting nothing, cancels.
 */
import * as vscode from 'vscode';
import { userMessageOf } from '../../domain/errors';

export interface ManyItem<T> extends vscode.QuickPickItem {
  readonly value: T;
}

export async function pickMany<T>(title: string, placeholder: string, items: Promise<Array<ManyItem<T>>>): Promise<T[] | undefined> {
  const pick = vscode.window.createQuickPick<ManyItem<T>>();
  Object.assign(pick, { title, placeholder, canSelectMany: true, matchOnDescription: true, ignoreFocusOut: true, busy: true });
  let failed = false;
  items.then(
    (rows) => {
      pick.items = rows;
      if (rows.length === 0) pick.placeholder = 'Nothing here to choose from';
    },
    (err: unknown) => {
      failed = true;
      pick.placeholder = `Couldn't load the list: ${userMessageOf(err)}`;
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
    pick.dispose();
  }
}
