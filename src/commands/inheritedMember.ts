/**
 * An inherited membership cannot be changed where it shows: it is held in an ancestor group. Say so, and offer
 * to do it there (in the tree's terms: on the group the membership comes from) or to open that group in GitLab.
 */
import * as vscode from 'vscode';
import { groupMembersUrl, membersPageUrl } from '../domain/memberLinks';
import type { CommandDeps } from './deps';
import { personLabel } from './describe';
import type { MemberTarget } from './nodeTargets';
import { withCallerLevel } from './sourceContext';

/** The same member, as a direct member of the group the membership comes from; undefined when cancelled. */
export async function offerSourceGroup(deps: CommandDeps, target: MemberTarget, verb: string): Promise<MemberTarget | undefined> {
  const { ctx, member } = target;
  const from = member.inheritedFrom?.fullPath ?? '';
  const who = personLabel(member);
  if (!from) {
    const open = 'Open in Browser';
    const text = `${who} has access to ${ctx.source.fullPath} through a shared group; GitLab does not say which, so ${verb} it there.`;
    if ((await vscode.window.showInformationMessage(text, open)) === open) {
      await vscode.env.openExternal(vscode.Uri.parse(membersPageUrl(ctx.source, { search: member.username })));
    }
    return undefined;
  }
  const here = `${verb[0].toUpperCase()}${verb.slice(1)} in ${from}`;
  const open = `Open ${from} in Browser`;
  const choice = await vscode.window.showInformationMessage(
    `${who} is a member of ${ctx.source.fullPath} through ${from}: the membership can only be changed there.`, here, open);
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
