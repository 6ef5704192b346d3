/**
 * An inherited membership cannot be changed where it shows: it is held in an ancestor group. Say so, and offer
 * to do it there (in the tree's terms: on the group the membership comes from) or to open that group in GitLab.
 * Access through a share is not offered there: their membership of the invited group reaches beyond this place.
 */
import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';
import { groupMembersUrl, membersPageUrl } from '../../domain/memberLinks';
import type { CommandDeps } from './deps';
import { personLabel } from './describe';
import type { MemberTarget } from './nodeTargets';
import { withCallerLevel } from '../../sources/sourceContext';

/** What the person was about to do to the membership: each case its own sentences, for translators. */
export type InheritedAction = 'change' | 'remove';

/** The same member, as a direct member of the group the membership comes from; undefined when cancelled. */
export async function offerSourceGroup(deps: CommandDeps, target: MemberTarget, action: InheritedAction): Promise<MemberTarget | undefined> {
  const { ctx, member } = target;
  const from = member.inheritedFrom?.fullPath ?? '';
  const who = personLabel(member);
  if (member.inheritedFrom?.kind === 'share') {
    // Their membership in the invited group reaches much further than here: point at the share, not at it.
    const open = l10n.t('Open in Browser');
    const via = member.inheritedFrom.sharedFrom ?? ctx.source.fullPath;
    const text = action === 'remove'
      ? l10n.t('{0} has access to {1} through the share of {2} with the group {3}. Remove Group Share… on {2} takes it back from every member of {3}; their membership in {3} itself is managed there.', who, ctx.source.fullPath, via, from)
      : l10n.t('{0} has access to {1} through the share of {2} with the group {3}: their role here is the lower of their role in {3} and the share\'s. Change it in {3}, or remove the share and invite the group again with another role.', who, ctx.source.fullPath, via, from);
    if ((await vscode.window.showInformationMessage(text, open)) === open) {
      await vscode.env.openExternal(vscode.Uri.parse(groupMembersUrl(ctx.session.account.instanceUrl, from)));
    }
    return undefined;
  }
  if (!from) {
    const open = l10n.t('Open in Browser');
    const text = action === 'remove'
      ? l10n.t('{0} has access to {1} through a shared group; GitLab does not say which, so remove it there.', who, ctx.source.fullPath)
      : l10n.t('{0} has access to {1} through a shared group; GitLab does not say which, so change it there.', who, ctx.source.fullPath);
    if ((await vscode.window.showInformationMessage(text, open)) === open) {
      await vscode.env.openExternal(vscode.Uri.parse(membersPageUrl(ctx.source, { search: member.username })));
    }
    return undefined;
  }
  const here = action === 'remove' ? l10n.t('Remove in {0}', from) : l10n.t('Change in {0}', from);
  const open = l10n.t('Open {0} in Browser', from);
  const choice = await vscode.window.showInformationMessage(
    l10n.t('{0} is a member of {1} through {2}: the membership can only be changed there.', who, ctx.source.fullPath, from), here, open);
  if (choice === open) {
    await vscode.env.openExternal(vscode.Uri.parse(groupMembersUrl(ctx.session.account.instanceUrl, from)));
    return undefined;
  }
  if (choice !== here) return undefined;
  const group = await ctx.session.api.getGroup(from);
  const direct = await ctx.session.api.getMember({ kind: 'group', id: group.id }, member.id);
  deps.log.info(`${who}: working on the membership held in ${from}`);
  return { ctx: await withCallerLevel(ctx.session, group), member: direct, inherited: false };
}
