/** gitlabMembers.revokeInvitation: delete a pending invitation after a modal confirmation. */
import * as vscode from 'vscode';
import type { CommandDeps } from './deps';
import { placeLabel } from './describe';
import { resolveInvitation } from './pickers/resolve';
import { runAction } from './runAction';
import { refOf } from './sourceContext';

export const REVOKE_BUTTON = 'Revoke';

export async function revokeInvitation(deps: CommandDeps, node?: unknown): Promise<void> {
  const target = await resolveInvitation(deps, node, 'Revoke Invitation', { writes: true });
  if (!target) return;
  const { ctx, invitation } = target;
  const confirmed = await vscode.window.showWarningMessage(
    `Revoke the invitation of ${invitation.email} to ${placeLabel(ctx.source)}?`,
    { modal: true, detail: 'The link in the invitation email stops working. You can invite the address again later.' },
    REVOKE_BUTTON,
  );
  if (confirmed !== REVOKE_BUTTON) return;
  const result = await runAction(deps, ctx, {
    progress: `Revoking the invitation of ${invitation.email}`,
    doing: `revoke the invitation of ${invitation.email} to ${ctx.source.fullPath}`,
    affects: ['invitations', 'pending'],
  }, () => ctx.session.api.deleteInvitation(refOf(ctx), invitation.email));
  if (result.ok) void vscode.window.showInformationMessage(`Revoked the invitation of ${invitation.email} to ${ctx.source.fullPath}.`);
}
