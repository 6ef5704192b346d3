/**
 * The pieces behind the features beyond GitLab's own members page (issue 7): read-only report documents, the
 * "Find Access" and "Expiring Access" views, and the Problems-panel check of membership files. Built once by
 * activate() and handed to commands as `deps.tools`; disposed with the extension.
 */
import * as vscode from 'vscode';
import type { AccountSession } from './accounts/sessions';
import { AccessView } from './accessSearch/accessView';
import { MembershipDiagnostics } from './asCode/diagnostics';
import { ExpiringView } from './expiring/expiringView';
import { ReportDocuments } from './reports/reportDocuments';
import { affectsExpiring, type Settings } from './settings';

export interface Tools extends vscode.Disposable {
  readonly reports: ReportDocuments;
  readonly access: AccessView;
  readonly expiring: ExpiringView;
  readonly diagnostics: MembershipDiagnostics;
}

export interface ToolsEnv {
  readonly sessions: () => readonly AccountSession[];
  readonly settings: () => Settings;
  readonly log: vscode.LogOutputChannel;
}

export function createTools(env: ToolsEnv): Tools {
  const reports = new ReportDocuments();
  const access = new AccessView();
  const expiring = new ExpiringView({
    sessions: env.sessions,
    withinDays: () => env.settings().expiringWithinDays,
    warningDays: () => env.settings().expiryWarningDays,
    concurrency: () => env.settings().workConcurrency,
    log: env.log,
  });
  const diagnostics = new MembershipDiagnostics(env.log);
  // A new window (or new warning days, which colour the rows) reloads the view once it has been shown.
  const settingsWatch = vscode.workspace.onDidChangeConfiguration((event) => {
    if (affectsExpiring(event) && expiring.shown) void expiring.reload();
  });
  const parts: vscode.Disposable[] = [settingsWatch, diagnostics, expiring, access, reports];
  return {
    reports, access, expiring, diagnostics,
    dispose: () => parts.forEach((p) => p.dispose()),
  };
}
