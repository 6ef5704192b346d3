/**
 * gitlabMembers.removeMember: remove a direct member after a modal confirmation naming the person and the group
 * or project, with GitLab's two options. Removing yourself says that you lose access.
 */
import * as vscode from 'vscode';
import type { RemoveMemberOptions } from '../gitlab/api';
import type { CommandDeps } from './deps';
import { personLabel, placeLabel } from './describe';
import { offerSourceGroup } from './inheritedMember';
import type { MemberTarget } from './nodeTargets';
import { pickRemoveOptions } from './pickers/pickRemoveOptions';
import { resolveMember } from './pickers/resolve';
import { runAction } from './runAction';
import { mayChangeMember, refOf } from './sourceContext';

export const REMOVE_BUTTON = 'Remove';

export async function removeMember(deps: CommandDeps, node?: unknown): Promise<void> {
  let target = await resolveMember(deps, node, 'Remove Member', {
    writes: true, accept: (m, ctx) => m.id === ctx.session.account.userId || mayChangeMember(ctx, m),
  });
  if (target?.inherited) target = await offerSourceGroup(deps, target, 'remove');
  if (!target) return;
  const { ctx, member } = target;
  const who = personLabel(member);
  const options = await pickRemoveOptions(ctx.source, who);
  if (!options) return;
  const self = member.id === ctx.session.account.userId;
  const confirmed = await vscode.window.showWarningMessage(
    `Remove ${who} from ${placeLabel(ctx.source)}?`,
    { modal: true, detail: confirmationDetail(target, options, self) },
    REMOVE_BUTTON,
  );
  if (confirmed !== REMOVE_BUTTON) return;
  const result = await runAction(deps, ctx, {
    progress: `Removing ${who} from ${ctx.source.fullPath}`,
    doing: `remove ${who} from ${ctx.source.fullPath}`,
    affects: ctx.source.kind === 'group' ? 'row' : ['members'],
  }, () => ctx.session.api.removeMember(refOf(ctx), member.id, options));
  if (result.ok) {
    const also = ctx.source.kind === 'group' && !options.skipSubresources ? ' and its subgroups and projects' : '';
    void vscode.window.showInformationMessage(`Removed ${who} from ${ctx.source.fullPath}${also}.`);
  }
}

function confirmationDetail({ ctx }: MemberTarget, options: RemoveMemberOptions, self: boolean): string {
  const path = ctx.source.fullPath;
  const lines = [];
  if (self) lines.push(`This is you: you will lose your access to ${path}${options.skipSubresources ? '' : ' and to its subgroups and projects'} unless you have it another way.`);
  if (ctx.source.kind === 'group') {
    lines.push(options.skipSubresources
      ? `Their direct memberships in subgroups and projects of ${path} are kept.`
      : `Their direct memberships in subgroups and projects of ${path} are removed too.`);
  }
  lines.push(options.unassignIssuables
    ? `They are unassigned from issues and merge requests in ${path}.`
    : 'Their issue and merge request assignments are kept.');
  return lines.join('\n');
}
