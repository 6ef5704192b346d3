/**
 * gitlabMembers.showExpiring: open the "Expiring Access" view and load it again; gitlabMembers.refreshExpiring:
 * its title-bar Refresh. Both look `gitlabMembers.expiringWithinDays` ahead across every signed-in account.
 */
import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';
import type { CommandDeps } from './support/deps';

export async function showExpiring(deps: CommandDeps): Promise<void> {
  if (deps.store.list().length === 0) {
    void vscode.window.showInformationMessage(l10n.t('Sign in to GitLab first (GitLab Members: Sign In).'));
    return;
  }
  await deps.tools.expiring.reveal();
  await deps.tools.expiring.reload();
}

export async function refreshExpiring(deps: CommandDeps): Promise<void> {
  await deps.tools.expiring.reload();
}
