/**
 * gitlabMembers.openInBrowser: GitLab's member list of the row's group or project (`/-/group_members` or
 * `/-/project_members`): on the Invited tab for invitations, the Groups tab for a group share, searching for the
 * member on a member row.
 */
import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';
import { membersPageUrl, type MembersTab } from '../domain/memberLinks';
import type { CommandDeps } from './support/deps';
import { invitationOfNode, memberOfNode, pendingOfNode } from './support/nodeTargets';
import { resolveSource } from './pickers/resolve';

export async function openInBrowser(deps: CommandDeps, node?: unknown): Promise<void> {
  const ctx = await resolveSource(deps, node, l10n.t('Open Members in Browser'));
  if (!ctx) return;
  const url = membersPageUrl(ctx.source, pageOptions(deps, node));
  deps.log.info(`opening ${url}`);
  await vscode.env.openExternal(vscode.Uri.parse(url));
}

function pageOptions(deps: CommandDeps, node: unknown): { tab?: MembersTab; search?: string } {
  const member = memberOfNode(deps, node)?.member;
  if (member) return { search: member.username };
  if (invitationOfNode(deps, node)) return { tab: 'invited' };
  if (pendingOfNode(deps, node)) return { tab: 'access_requests' };
  const kind = (node as { item?: () => { contextValue?: string } } | undefined)?.item?.().contextValue ?? '';
  if (kind.startsWith('invitationsFolder')) return { tab: 'invited' };
  if (kind.startsWith('expiringShare')) return { tab: 'groups' };
  return {};
}
