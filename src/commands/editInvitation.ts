/** gitlabMembers.editInvitation: change a pending invitation's role and access expiry. */
import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';
import type { CommandDeps } from './support/deps';
import { grantLabel } from './support/describe';
import { askExpiry } from './pickers/askExpiry';
import { pickRole } from './pickers/pickRole';
import { resolveInvitation } from './pickers/resolve';
import { runAction } from './support/runAction';
import { refOf } from '../sources/sourceContext';

const title = (): string => l10n.t('Edit Invitation');

export async function editInvitation(deps: CommandDeps, node?: unknown): Promise<void> {
  const target = await resolveInvitation(deps, node, title(), { writes: true });
  if (!target) return;
  const { ctx, invitation } = target;
  const { email } = invitation;
  const path = ctx.source.fullPath;
  const level = await pickRole(ctx, l10n.t('Edit Invitation: role for {0} in {1}', email, path), invitation.accessLevel);
  if (level === undefined) return;
  const expiry = await askExpiry(l10n.t('Edit Invitation: access expiry for {0} in {1}', email, path), invitation.expiresAt);
  if (!expiry) return;
  const current = invitation.expiresAt?.slice(0, 10) ?? null;
  const change = {
    ...(level !== invitation.accessLevel ? { accessLevel: level } : {}),
    ...(expiry.value !== current ? { expiresAt: expiry.value } : {}),
  };
  if (Object.keys(change).length === 0) {
    void vscode.window.showInformationMessage(l10n.t('Nothing changed: the invitation of {0} stays {1}.', email, grantLabel(level, current)));
    return;
  }
  const result = await runAction(deps, ctx, {
    progress: l10n.t('Changing the invitation of {0} to {1}', email, path),
    doing: l10n.t({ message: 'change the invitation of {0} to {1}', args: [email, path], comment: ['completes "Couldn\'t …: <reason>" when changing an invitation fails'] }),
    affects: ['invitations', 'pending'],
  }, () => ctx.session.api.editInvitation(refOf(ctx), email, change));
  if (result.ok) {
    void vscode.window.showInformationMessage(l10n.t('The invitation of {0} to {1} is now {2}.', email, path, grantLabel(level, expiry.value)));
  }
}
