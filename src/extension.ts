/** activate(): build the pieces, wire them together, register them. Nothing global. */
import * as vscode from 'vscode';
import { AccountStore } from './accounts/accountStore';
import { logActivationTime } from './core/activationTime';
import { remindExpiringTokens } from './accounts/expiryReminder';
import { Sessions } from './accounts/sessions';
import { updateSignedInContext } from './accounts/signedInContext';
import type { CommandDeps, Tools } from './commands/support/deps';
import { MembershipDiagnostics } from './asCode/diagnostics';
import { ReportDocuments } from './core/reportDocuments';
import { ExpiringView } from './expiringAccess/expiringView';
import { AccessView } from './findAccess/accessView';
import { VIEW_IDS } from './core/ids';
import { registerCommands } from './commands/index';
import { sourceOfNode } from './commands/support/nodeTargets';
import { refreshAfterChange } from './commands/support/refreshAfter';
import { createGitLabClient } from './gitlab';
import { createLog, requestLogger } from './core/log';
import { InviteFormView } from './inviteForm/inviteFormView';
import { LastTarget } from './inviteForm/lastTarget';
import { affectsClients, affectsExpiring, affectsProxy, affectsTree, readProxy, readSettings } from './core/settings';
import { MembersTreeProvider } from './tree/provider';
import { testApi, type ExtensionApi } from './testing/testApi';
import { useL10nBundle } from './shared/l10n';
import { createMembersView, showExpiryBadge } from './tree/treeView';

/** Set by esbuild.mjs: true in the dev build the tests load, false in the production build (no src/testing/ in it). */
declare const INCLUDE_TEST_API: boolean;

export function activate(context: vscode.ExtensionContext): ExtensionApi | undefined {
  const activateStarted = performance.now();
  // The display language's strings (undefined in English) for every l10n.t call, the API layer's included.
  useL10nBundle(vscode.l10n.bundle, vscode.env.language);
  const log = createLog();
  const store = new AccountStore(context.globalState, context.secrets);
  context.globalState.setKeysForSync(AccountStore.syncedKeys);
  const sessions = new Sessions(store, createGitLabClient, () => {
    const { pageSize, maxConcurrentRequests, caCertificates } = readSettings();
    return { perPage: pageSize, maxConcurrentRequests, caFile: caCertificates, proxy: readProxy() };
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
  // Find Access, Expiring Access, report documents, membership-file problems (issue 7).
  const expiring = new ExpiringView({
    sessions: () => store.list().map((account) => sessions.forAccount(account)),
    withinDays: () => readSettings().expiringWithinDays,
    warningDays: () => readSettings().expiryWarningDays,
    concurrency: () => readSettings().workConcurrency,
    log,
  });
  const tools: Tools = { reports: new ReportDocuments(), access: new AccessView(), expiring, diagnostics: new MembershipDiagnostics(log) };
  const deps: CommandDeps = { store, sessions, tree, log, settings: readSettings, inviteForm, tools };

  context.subscriptions.push(
    log,
    tree,
    view,
    showExpiryBadge(view, tree, () => readSettings().expiryWarningDays),
    sessions,
    ...registerCommands(deps),
    inviteForm,
    tools.reports, tools.access, tools.expiring, tools.diagnostics,
    vscode.window.registerWebviewViewProvider(VIEW_IDS.inviteForm, inviteForm),
    view.onDidChangeSelection(({ selection }) => {
      const ctx = selection.length === 1 ? sourceOfNode(deps, selection[0]) : undefined;
      if (ctx) inviteForm.follow(ctx).catch((err: unknown) => log.warn(`invite form: ${String(err)}`));
    }),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (affectsClients(event) || affectsProxy(event)) sessions.clear();
      if (affectsClients(event) || affectsProxy(event) || affectsTree(event)) tree.refresh();
      // Expiring Access, once shown, reloads for a new window (or new warning days, which colour its rows).
      if (affectsExpiring(event) && expiring.shown) void expiring.reload();
    }),
  );
  // The log line marks the moment menus and the welcome view know the accounts (tests wait for it).
  void updateSignedInContext(store).then(() => log.info(`Accounts: ${store.list().length} signed in`), (err: unknown) => log.warn(`context keys: ${String(err)}`));
  remindExpiringTokens(store);
  logActivationTime(log, activateStarted);
  return INCLUDE_TEST_API ? testApi(context, tree, view, store, sessions) : undefined;
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
