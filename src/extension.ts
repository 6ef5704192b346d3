/** activate(): build the pieces, wire them together, register them. Nothing global. */
import * as vscode from 'vscode';
import { AccountStore } from './accounts/accountStore';
import { Sessions } from './accounts/sessions';
import { updateSignedInContext } from './accounts/signedInContext';
import type { CommandDeps } from './commands/deps';
import { VIEW_IDS } from './commands/ids';
import { registerCommands } from './commands/index';
import { createGitLabClient } from './gitlab';
import { createLog, requestLogger } from './log';
import { affectsClients, affectsTree, readSettings } from './settings';
import { MembersTreeProvider } from './tree/provider';

export function activate(context: vscode.ExtensionContext): void {
  const log = createLog();
  const store = new AccountStore(context.globalState, context.secrets);
  const sessions = new Sessions(store, createGitLabClient, () => {
    const { pageSize, maxConcurrentRequests } = readSettings();
    return { perPage: pageSize, maxConcurrentRequests };
  }, requestLogger(log));
  const tree = new MembersTreeProvider(
    () => store.list().map((account) => sessions.forAccount(account)),
    { now: () => new Date(), warningDays: () => readSettings().expiryWarningDays },
  );
  const view = vscode.window.createTreeView(VIEW_IDS.tree, { treeDataProvider: tree, showCollapseAll: true });
  const deps: CommandDeps = { store, sessions, tree, log, settings: readSettings };

  context.subscriptions.push(
    log,
    tree,
    view,
    ...registerCommands(deps),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (affectsClients(event)) sessions.clear();
      if (affectsClients(event) || affectsTree(event)) tree.refresh();
    }),
  );
  void updateSignedInContext(store);
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
