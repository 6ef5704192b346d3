/**
 * gitlabMembers.removeMember: remove a direct member after one modal confirmation naming the person and the
 * group or project, whose buttons are GitLab's two options (removeChoices). Removing yourself says that you
 * lose access.
 */
import * as vscode from 'vscode';
import type { CommandDeps } from './deps';
import { personLabel, placeLabel } from './describe';
import { offerSourceGroup } from './inheritedMember';
import { resolveMember } from './pickers/resolve';
import { removeChoices, removeDetail } from './removeChoices';
import { runAction } from './runAction';
import { mayChangeMember, refOf } from './sourceContext';

export async function removeMember(deps: CommandDeps, node?: unknown): Promise<void> {
  let target = await resolveMember(deps, node, 'Remove Member', {
    writes: true, accept: (m, ctx) => m.id === ctx.session.account.userId || mayChangeMember(ctx, m),
  });
  if (target?.inherited) target = await offerSourceGroup(deps, target, 'remove');
  if (!target) return;
  const { ctx, member } = target;
  const who = personLabel(member);
  const self = member.id === ctx.session.account.userId;
  const choices = removeChoices(ctx.source);
  const button = await vscode.window.showWarningMessage(
    `Remove ${who} from ${placeLabel(ctx.source)}?`,
    { modal: true, detail: removeDetail(ctx.source, self) },
    ...choices.map((c) => c.button),
  );
  const choice = choices.find((c) => c.button === button);
  if (!choice) return;
  const options = { skipSubresources: choice.skipSubresources, unassignIssuables: choice.unassignIssuables };
  const result = await runAction(deps, ctx, {
    progress: `Removing ${who} from ${ctx.source.fullPath}`,
    doing: `remove ${who} from ${ctx.source.fullPath}`,
    affects: ctx.source.kind === 'group' ? 'row' : ['members'],
  }, () => ctx.session.api.removeMember(refOf(ctx), member.id, options));
  if (result.ok) {
    const also = ctx.source.kind === 'group' && !options.skipSubresources ? ' and its subgroups and projects' : '';
    const unassigned = options.unassignIssuables ? `, and unassigned them from its issues and merge requests` : '';
    void vscode.window.showInformationMessage(`Removed ${who} from ${ctx.source.fullPath}${also}${unassigned}.`);
  }
}
