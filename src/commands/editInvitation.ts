/** gitlabMembers.editInvitation: change a pending invitation's role and access expiry. */
import * as vscode from 'vscode';
import type { CommandDeps } from './deps';
import { grantLabel } from './describe';
import { askExpiry } from './pickers/askExpiry';
import { pickRole } from './pickers/pickRole';
import { resolveInvitation } from './pickers/resolve';
import { runAction } from './runAction';
import { refOf } from './sourceContext';

const TITLE = 'Edit Invitation';

export async function editInvitation(deps: CommandDeps, node?: unknown): Promise<void> {
  const target = await resolveInvitation(deps, node, TITLE, { writes: true });
  if (!target) return;
  const { ctx, invitation } = target;
  const { email } = invitation;
  const path = ctx.source.fullPath;
  const level = await pickRole(ctx, `${TITLE}: role for ${email} in ${path}`, invitation.accessLevel);
  if (level === undefined) return;
  const expiry = await askExpiry(`${TITLE}: access expiry for ${email} in ${path}`, invitation.expiresAt);
  if (!expiry) return;
  const current = invitation.expiresAt?.slice(0, 10) ?? null;
  const change = {
    ...(level !== invitation.accessLevel ? { accessLevel: level } : {}),
    ...(expiry.value !== current ? { expiresAt: expiry.value } : {}),
  };
  if (Object.keys(change).length === 0) {
    void vscode.window.showInformationMessage(`Nothing changed: the invitation of ${email} stays ${grantLabel(level, current)}.`);
    return;
  }
  const result = await runAction(deps, ctx, {
    progress: `Changing the invitation of ${email} to ${path}`,
    doing: `change the invitation of ${email} to ${path}`,
    affects: ['invitations', 'pending'],
  }, () => ctx.session.api.editInvitation(refOf(ctx), email, change));
  if (result.ok) {
    void vscode.window.showInformationMessage(`The invitation of ${email} to ${path} is now ${grantLabel(level, expiry.value)}.`);
  }
}
