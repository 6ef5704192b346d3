/** gitlabMembers.openSourceGroup: for an inherited member, GitLab's member list of the group the membership comes from. */
import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';
import { groupMembersUrl, membersPageUrl } from '../domain/memberLinks';
import type { CommandDeps } from './support/deps';
import { resolveMember } from './pickers/resolve';

export async function openSourceGroup(deps: CommandDeps, node?: unknown): Promise<void> {
  const target = await resolveMember(deps, node, l10n.t('Open Source Group'), { inherited: true, accept: (m) => m.inheritedFrom !== undefined });
  if (!target) return;
  const { ctx, member } = target;
  const from = member.inheritedFrom?.fullPath;
  const url = from
    ? groupMembersUrl(ctx.session.account.instanceUrl, from)
    : membersPageUrl(ctx.source, { search: member.username });
  if (!member.inheritedFrom) void vscode.window.showInformationMessage(l10n.t('{0} is a direct member of {1}.', member.username, ctx.source.fullPath));
  await vscode.env.openExternal(vscode.Uri.parse(url));
}
