/**
 * gitlabMembers.setMemberAwaiting and gitlabMembers.reactivateMember: a top-level group's member set to
 * awaiting (their access to the group, its subgroups and projects pauses; role and expiry stay) and back
 * (`PUT /groups/:id/members/:user_id/state`, EE 15.0+, GitLab's user cap and seat control). Setting awaiting is
 * confirmed, naming the person and the group; GitLab's own refusals (yourself, the last Owner, nothing to
 * change) come back as its sentence.
 */
import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';
import { AccessLevels } from '../gitlab/types';
import { isTopLevel, mayChangeMember, type SourceContext } from '../sources/sourceContext';
import { resolveMember } from './pickers/resolve';
import type { CommandDeps } from './support/deps';
import { personLabel, placeLabel } from './support/describe';
import { runAction } from './support/runAction';

/** Membership state belongs to a top-level group and its Owners. */
function stateRefusal(ctx: SourceContext): string | undefined {
  if (!isTopLevel(ctx.source)) {
    return l10n.t('Membership state is set on a top-level group; {0} is not one.', ctx.source.fullPath);
  }
  if (ctx.callerLevel !== undefined && ctx.callerLevel < AccessLevels.Owner) return l10n.t('Only Owners of {0} set membership state.', ctx.source.fullPath);
  return undefined;
}

export async function setMemberAwaiting(deps: CommandDeps, node?: unknown): Promise<void> {
  const target = await resolveMember(deps, node, l10n.t('Set to Awaiting'), {
    writes: true, refusal: stateRefusal,
    accept: (m, ctx) => m.membershipState !== 'awaiting' && m.id !== ctx.session.account.userId && mayChangeMember(ctx, m),
  });
  if (!target) return;
  const { ctx, member } = target;
  const who = personLabel(member);
  const set = l10n.t({ message: 'Set to Awaiting', comment: ['button: pause a member\'s access until an Owner reactivates them'] });
  const answer = await vscode.window.showWarningMessage(
    l10n.t('Set {0} to awaiting in {1}?', who, placeLabel(ctx.source)),
    { modal: true, detail: l10n.t('Their access to {0}, its subgroups and projects pauses until an Owner reactivates or approves them. Their roles and expiry dates stay.', ctx.source.fullPath) },
    set,
  );
  if (answer !== set) return;
  const result = await runAction(deps, ctx, {
    progress: l10n.t('Setting {0} to awaiting in {1}', who, ctx.source.fullPath),
    doing: l10n.t({ message: 'set {0} to awaiting in {1}', args: [who, ctx.source.fullPath], comment: ['completes "Couldn\'t …: <reason>"'] }),
    affects: 'row',
  }, () => ctx.session.api.setMembershipState(ctx.source.id, member.id, 'awaiting'));
  if (result.ok) void vscode.window.showInformationMessage(l10n.t('{0} is awaiting in {1}: no access there until reactivated.', who, ctx.source.fullPath));
}

export async function reactivateMember(deps: CommandDeps, node?: unknown): Promise<void> {
  const target = await resolveMember(deps, node, l10n.t('Reactivate'), {
    writes: true, refusal: stateRefusal, accept: (m) => m.membershipState === 'awaiting',
  });
  if (!target) return;
  const { ctx, member } = target;
  const who = personLabel(member);
  const result = await runAction(deps, ctx, {
    progress: l10n.t('Reactivating {0} in {1}', who, ctx.source.fullPath),
    doing: l10n.t({ message: 'reactivate {0} in {1}', args: [who, ctx.source.fullPath], comment: ['completes "Couldn\'t …: <reason>"'] }),
    affects: 'row',
  }, () => ctx.session.api.setMembershipState(ctx.source.id, member.id, 'active'));
  if (result.ok) void vscode.window.showInformationMessage(l10n.t('Reactivated {0}: their access to {1} is active again.', who, ctx.source.fullPath));
}
