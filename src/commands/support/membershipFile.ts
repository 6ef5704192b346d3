/**
 * The steps "Plan" and "Apply Membership File" share: find the file (the active editor, else the workspace's,
 * asking when there are several), read and check it (problems go to the Problems panel; errors stop here),
 * choose the account it is for (its `instance:`, else the signed-in one), and load the plan with progress.
 */
import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';
import type { AccountSession } from '../../accounts/sessions';
import { loadPlan } from '../../asCode/loadPlan';
import { isMembershipFile, MEMBERSHIP_FILE_NAMES, type MembershipFile } from '../../asCode/model';
import type { SourcePlan } from '../../asCode/plan';
import { normalizeInstanceUrl } from '../../gitlab/instanceUrl';
import type { CommandDeps } from './deps';
import { pickSession } from '../pickers/pickSession';
import { accountLabel } from '../../sources/sourceContext';

export interface CheckedFile {
  readonly uri: vscode.Uri;
  readonly name: string;
  readonly file: MembershipFile;
}

export interface LoadedPlan extends CheckedFile {
  readonly session: AccountSession;
  readonly plans: SourcePlan[];
}

export async function loadMembershipPlan(deps: CommandDeps, arg: unknown, title: string): Promise<LoadedPlan | undefined> {
  const checked = await readMembershipFile(deps, arg, title);
  const session = checked && (await sessionFor(deps, checked, title));
  if (!checked || !session) return undefined;
  const plans = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: l10n.t('Comparing {0} with GitLab ({1})', checked.name, accountLabel(session)), cancellable: true },
    async (_progress, token) => {
      const abort = new AbortController();
      const subscription = token.onCancellationRequested(() => abort.abort());
      try {
        return await loadPlan(session.api, checked.file, { signal: abort.signal });
      } finally {
        subscription.dispose();
      }
    },
  );
  return { ...checked, session, plans };
}

async function readMembershipFile(deps: CommandDeps, arg: unknown, title: string): Promise<CheckedFile | undefined> {
  const uri = await findFile(arg, title);
  if (!uri) return undefined;
  const doc = await vscode.workspace.openTextDocument(uri);
  const result = await deps.tools.diagnostics.check(doc);
  const name = vscode.workspace.asRelativePath(uri);
  if (!result?.file) {
    const errors = result?.problems.filter((p) => p.severity === 'error').length ?? 0;
    const text = errors === 1 ? l10n.t('{0} has 1 problem to fix first.', name) : l10n.t('{0} has {1} problems to fix first.', name, errors);
    const choice = await vscode.window.showErrorMessage(text, l10n.t('Show Problems'));
    if (choice) await vscode.commands.executeCommand('workbench.actions.view.problems');
    return undefined;
  }
  return { uri, name, file: result.file };
}

async function findFile(arg: unknown, title: string): Promise<vscode.Uri | undefined> {
  if (arg instanceof vscode.Uri && isMembershipFile(arg.path)) return arg;
  const active = vscode.window.activeTextEditor?.document.uri;
  if (active && isMembershipFile(active.path)) return active;
  const found = await vscode.workspace.findFiles(`**/{${MEMBERSHIP_FILE_NAMES.join(',')}}`, '**/node_modules/**', 20);
  if (found.length === 1) return found[0];
  if (found.length === 0) {
    void vscode.window.showInformationMessage(l10n.t('No {0} in this workspace. Create one at the workspace root (see the README for the format).', MEMBERSHIP_FILE_NAMES[0]));
    return undefined;
  }
  const picked = await vscode.window.showQuickPick(found.map((uri) => ({ label: vscode.workspace.asRelativePath(uri), uri })), { title, placeHolder: l10n.t('Which membership file?') });
  return picked?.uri;
}

async function sessionFor(deps: CommandDeps, checked: CheckedFile, title: string): Promise<AccountSession | undefined> {
  if (!checked.file.instance) return pickSession(deps, title);
  const wanted = normalizeInstanceUrl(checked.file.instance);
  const accounts = deps.store.list().filter((a) => a.instanceUrl === wanted);
  if (accounts.length === 0) {
    void vscode.window.showErrorMessage(l10n.t('{0} is for {1}, where you are not signed in. Sign in there first (GitLab Members: Sign In).', checked.name, wanted));
    return undefined;
  }
  if (accounts.length === 1) return deps.sessions.forAccount(accounts[0]);
  const picked = await vscode.window.showQuickPick(accounts.map((a) => ({ label: `@${a.username}`, description: a.instanceUrl, account: a })), { title, placeHolder: l10n.t('Which account?') });
  return picked && deps.sessions.forAccount(picked.account);
}
