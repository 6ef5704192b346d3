/**
 * gitlabMembers.copyEmail: put an invitation's email, or a member's when GitLab shows it to the caller, on the
 * clipboard. GitLab shows members' emails only to administrators and for enterprise users.
 */
import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';
import type { CommandDeps } from './support/deps';
import { personLabel } from './support/describe';
import { invitationOfNode, pendingOfNode } from './support/nodeTargets';
import { resolveMember } from './pickers/resolve';

export async function copyEmail(deps: CommandDeps, node?: unknown): Promise<void> {
  const direct = invitationOfNode(deps, node)?.invitation.email ?? pendingOfNode(deps, node)?.pending.email;
  if (direct) return copy(direct);
  const target = await resolveMember(deps, node, l10n.t('Copy Email'));
  if (!target) return;
  if (target.member.email) return copy(target.member.email);
  void vscode.window.showInformationMessage(
    l10n.t("GitLab does not show the email of {0} to you (only administrators, and owners of enterprise users, see members' emails).", personLabel(target.member)));
}

async function copy(email: string): Promise<void> {
  await vscode.env.clipboard.writeText(email);
  void vscode.window.showInformationMessage(l10n.t('Copied the email {0}.', email));
}
