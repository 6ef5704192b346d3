/** Palette step 3 for invitations: one of the pending invitations of the group or project. */
import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';
import { describeExpiry } from '../../domain/expiry';
import { roleName } from '../../domain/roles';
import type { Invitation } from '../../gitlab/types';
import type { SourceContext } from '../../sources/sourceContext';

export async function pickInvitation(ctx: SourceContext, title: string): Promise<Invitation | undefined> {
  const items = ctx.session.api.allInvitations({ kind: ctx.source.kind, id: ctx.source.id }).then((invitations) => {
    if (invitations.length === 0) void vscode.window.showInformationMessage(l10n.t('{0} has no pending invitations.', ctx.source.fullPath));
    return invitations.map((invitation) => ({
      label: invitation.email,
      description: [roleName(invitation.accessLevel), describeExpiry(invitation.expiresAt, new Date())].filter(Boolean).join(' · '),
      invitation,
    }));
  });
  const picked = await vscode.window.showQuickPick(items, { title, placeHolder: l10n.t('An invitation to {0}', ctx.source.fullPath), ignoreFocusOut: true });
  return picked?.invitation;
}
