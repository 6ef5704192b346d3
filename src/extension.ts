/** activate(): build the pieces, wire them together, register them. Nothing global. */
import * as vscode from 'vscode';
import { AccountStore } from './accounts/accountStore';
import { logActivationTime } from './activationTime';
import { remindExpiringTokens } from './accounts/expiryReminder';
import { Sessions } from './accounts/sessions';
import { updateSignedInContext } from './accounts/signedInContext';
import type { CommandDeps } from './commands/deps';
import { VIEW_IDS } from './commands/ids';
import { registerCommands } from './commands/index';
import { sourceOfNode } from './commands/nodeTargets';
import { refreshAfterChange } from './commands/refreshAfter';
import { createGitLabClient } from './gitlab';
import { createLog, requestLogger } from './log';
import { InviteFormView } from './panels/inviteFormView';
import { LastTarget } from './panels/lastTarget';
import { affectsClients, affectsTree, readSettings } from './settings';
import { MembersTreeProvider } from './tree/provider';
import { testApi, type ExtensionApi } from './testApi';
import { useL10nBundle } from './shared/l10n';
import { createTools } from './tools';
import { createMembersView, showExpiryBadge } from './treeView';

export function activate(context: vscode.ExtensionContext): ExtensionApi | undefined {
  const activateStarted = performance.now();
  // The display language's strings (undefined in English) for every l10n.t call, the API layer's included.
  useL10nBundle(vscode.l10n.bundle, vscode.env.language);
  const log = createLog();
  const store = new AccountStore(context.globalState, context.secrets);
  context.globalState.setKeysForSync(AccountStore.syncedKeys);
  const sessions = new Sessions(store, createGitLabClient, () => {
    const { pageSize, maxConcurrentRequests, caCertificates } = readSettings();
    return { perPage: pageSize, maxConcurrentRequests, caFile: caCertificates };
  }, requestLogger(log));
  const tree = new MembersTreeProvider(
    () => store.list().map((account) => sessions.forAccount(account)),
    {
      now: () => new Date(),
      warningDays: () => readSettings().expiryWarningDays,
      showInherited: () => readSettings().showInheritedMembers,
      pins: (accountKey) => store.pins.list(accountKey),
    },
  );
  const view = createMembersView(tree);
  // The invite form (issue 5): refreshes the tree after sending; deps is filled in just below.
  const inviteForm = new InviteFormView({
    extensionUri: context.extensionUri,
    log,
    refresh: (ctx) => refreshAfterChange(deps, ctx, ['members', 'invitations', 'pending']),
    lastTarget: new LastTarget(context.workspaceState, () => store.list().map((account) => sessions.forAccount(account))),
  });
  // Bulk actions, Find Access, Expiring Access, export, membership as code (issue 7).
  const tools = createTools({ sessions: () => store.list().map((account) => sessions.forAccount(account)), settings: readSettings, log });
  const deps: CommandDeps = { store, sessions, tree, log, settings: readSettings, inviteForm, tools };

  context.subscriptions.push(
    log,
    tree,
    view,
    showExpiryBadge(view, tree, () => readSettings().expiryWarningDays),
    sessions,
    ...registerCommands(deps),
    inviteForm,
    tools,
    vscode.window.registerWebviewViewProvider(VIEW_IDS.inviteForm, inviteForm),
    view.onDidChangeSelection(({ selection }) => {
      const ctx = selection.length === 1 ? sourceOfNode(deps, selection[0]) : undefined;
      if (ctx) inviteForm.follow(ctx).catch((err: unknown) => log.warn(`invite form: ${String(err)}`));
    }),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (affectsClients(event)) sessions.clear();
      if (affectsClients(event) || affectsTree(event)) tree.refresh();
    }),
  );
  void updateSignedInContext(store);
  remindExpiringTokens(store);
  logActivationTime(log, activateStarted);
  return testApi(context, tree, view, store, sessions);
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
