/**
 * gitlabMembers.removeGroupShare ("Remove Group Share…"): stops sharing a group or project with a group
 * (`DELETE …/share/:group_id`), after a confirmation naming both. GitLab answers a group's non-Owner with 204 and
 * keeps the share (lib/api/groups.rb ignores the refusal), so the shares are read again: a kept share is a failure.
 */
import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';
import { canManageMember } from '../domain/permissions';
import { roleName } from '../domain/roles';
import { refOf } from '../sources/sourceContext';
import { resolveShare } from './pickers/pickGroupShare';
import type { CommandDeps } from './support/deps';
import { placeLabel } from './support/describe';
import { runAction } from './support/runAction';

export async function removeGroupShare(deps: CommandDeps, node?: unknown): Promise<void> {
  const title = l10n.t('Remove Group Share');
  const target = await resolveShare(deps, node, title);
  if (!target) return;
  const { ctx, share } = target;
  const path = ctx.source.fullPath;
  const access = { level: ctx.callerLevel, readOnly: ctx.session.readOnly };
  if (ctx.callerLevel !== undefined && !canManageMember(ctx.source.kind, access, { accessLevel: share.accessLevel, inherited: false })) {
    void vscode.window.showWarningMessage(l10n.t('{0}: only Owners of {1} may remove a share that gives {2}.', title, path, roleName(share.accessLevel)));
    return;
  }
  const remove = l10n.t({ message: 'Remove Share', comment: ['button: stop sharing a group or project with a group'] });
  const answer = await vscode.window.showWarningMessage(
    l10n.t('Stop sharing {0} with the group {1}?', placeLabel(ctx.source), share.groupFullPath),
    { modal: true, detail: l10n.t('Members of {0} lose what the share gives them in {1} and below (up to {2}); their own memberships stay. To undo it, invite the group again.', share.groupFullPath, path, roleName(share.accessLevel)) },
    remove,
  );
  if (answer !== remove) return;
  const result = await runAction(deps, ctx, {
    progress: l10n.t('Removing the share of {0} with {1}', path, share.groupFullPath),
    doing: l10n.t({ message: 'remove the share of {0} with {1}', args: [path, share.groupFullPath], comment: ['completes "Couldn\'t …: <reason>"'] }),
    affects: 'row',
  }, async () => {
    await ctx.session.api.removeShare(refOf(ctx), share.groupId);
    const still = (await ctx.session.api.listShares(refOf(ctx))).some((s) => s.groupId === share.groupId);
    if (still) throw new Error(l10n.t('GitLab answered but kept the share: removing it needs Owner of {0}', path));
  });
  if (result.ok) void vscode.window.showInformationMessage(l10n.t('{0} is no longer shared with {1}.', path, share.groupFullPath));
}
