/** gitlabMembers.revokeInvitation: delete a pending invitation after a modal confirmation. */
import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';
import type { CommandDeps } from './support/deps';
import { placeLabel } from './support/describe';
import { resolveInvitation } from './pickers/resolve';
import { runAction } from './support/runAction';
import { refOf } from '../sources/sourceContext';

/** A function, not a constant: the language is known only once the extension is activated. */
export const revokeButton = () => l10n.t({ message: 'Revoke', comment: ['button that revokes (deletes) an invitation'] });

export async function revokeInvitation(deps: CommandDeps, node?: unknown): Promise<void> {
  const target = await resolveInvitation(deps, node, l10n.t('Revoke Invitation'), { writes: true });
  if (!target) return;
  const { ctx, invitation } = target;
  const revoke = revokeButton();
  const confirmed = await vscode.window.showWarningMessage(
    l10n.t('Revoke the invitation of {0} to {1}?', invitation.email, placeLabel(ctx.source)),
    { modal: true, detail: l10n.t('The link in the invitation email stops working. You can invite the address again later.') },
    revoke,
  );
  if (confirmed !== revoke) return;
  const result = await runAction(deps, ctx, {
    progress: l10n.t('Revoking the invitation of {0}', invitation.email),
    doing: l10n.t({ message: 'revoke the invitation of {0} to {1}', args: [invitation.email, ctx.source.fullPath], comment: ["completes \"Couldn't …: <reason>\" when revoking an invitation fails"] }),
    affects: ['invitations', 'pending'],
  }, () => ctx.session.api.deleteInvitation(refOf(ctx), invitation.email));
  if (result.ok) void vscode.window.showInformationMessage(l10n.t('Revoked the invitation of {0} to {1}.', invitation.email, ctx.source.fullPath));
}
