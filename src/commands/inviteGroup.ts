/**
 * gitlabMembers.inviteGroup ("Invite a Group…"): shares a group or project with another group, as GitLab's
 * members page does (`POST …/share`). The group, the most its members get here (Guest to what the caller may
 * give), an optional end date, then a confirmation saying who gains what: sharing can raise people's access.
 */
import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';
import { roleName } from '../domain/roles';
import { AccessLevels } from '../gitlab/types';
import { refOf } from '../sources/sourceContext';
import { askExpiry } from './pickers/askExpiry';
import { pickInvitableGroup } from './pickers/pickGroupShare';
import { pickRoleChoice } from './pickers/pickRole';
import { managersOnly, resolveSource } from './pickers/resolve';
import type { CommandDeps } from './support/deps';
import { grantLabel, placeLabel } from './support/describe';
import { runAction } from './support/runAction';

export async function inviteGroup(deps: CommandDeps, node?: unknown): Promise<void> {
  const title = l10n.t('Invite a Group');
  const picked = await resolveSource(deps, node, title, { writes: true });
  const ctx = picked && managersOnly(picked, title);
  if (!ctx) return;
  const path = ctx.source.fullPath;
  const group = await pickInvitableGroup(ctx, l10n.t('Invite a Group to {0}', path));
  if (!group) return;
  const role = await pickRoleChoice(ctx, l10n.t('Invite a Group: the most members of {0} get in {1}', group.fullPath, path), { level: AccessLevels.Developer },
    { custom: false, minLevel: AccessLevels.Guest, mark: l10n.t({ message: 'default', comment: ['marks the role preselected in a list'] }) });
  if (!role) return;
  const expiry = await askExpiry(l10n.t('Invite a Group: {0} has access to {1} until', group.fullPath, path), null);
  if (!expiry) return;
  const who = ctx.source.kind === 'group'
    ? l10n.t('The direct members of {0} get up to {1} in {2} and everything below it.', group.fullPath, grantLabel(role.level, expiry.value), path)
    : l10n.t('The members of {0} and of its parent groups get up to {1} in {2}.', group.fullPath, grantLabel(role.level, expiry.value), path);
  const invite = l10n.t({ message: 'Invite Group', comment: ['button: share a group or project with a group'] });
  const answer = await vscode.window.showWarningMessage(
    l10n.t('Share {0} with the group {1}?', placeLabel(ctx.source), group.fullPath),
    { modal: true, detail: `${who} ${l10n.t('Whoever has more here already keeps it.')}` },
    invite,
  );
  if (answer !== invite) return;
  const result = await runAction(deps, ctx, {
    progress: l10n.t('Sharing {0} with {1}', path, group.fullPath),
    doing: l10n.t({ message: 'share {0} with {1}', args: [path, group.fullPath], comment: ['completes "Couldn\'t …: <reason>"'] }),
    affects: 'row',
  }, () => ctx.session.api.shareWithGroup(refOf(ctx), group.id, role.level, expiry.value));
  if (result.ok) void vscode.window.showInformationMessage(l10n.t('{0} is shared with {1}: its members get up to {2}.', path, group.fullPath, roleName(role.level)));
}
