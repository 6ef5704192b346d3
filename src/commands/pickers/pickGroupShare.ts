/**
 * What the share commands work on: a share from its row ("Groups" folder), or (from the palette) a group or
 * project and then one of the groups it is shared with; and, to invite, a group GitLab lets it be shared with.
 */
import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';
import { ancestorPaths } from '../../gitlab/members';
import type { Group, GroupShare } from '../../gitlab/types';
import { refOf, type SourceContext } from '../../sources/sourceContext';
import type { CommandDeps } from '../support/deps';
import { sourceOfNode } from '../support/nodeTargets';
import { managersOnly, resolveSource } from './resolve';

export interface ShareTarget {
  readonly ctx: SourceContext;
  readonly share: GroupShare;
}

function shareOfNode(deps: CommandDeps, node: unknown): ShareTarget | undefined {
  const share = (node as { share?: GroupShare } | undefined)?.share;
  if (typeof share !== 'object' || share === null || typeof share.groupId !== 'number' || typeof share.groupFullPath !== 'string') return undefined;
  const ctx = sourceOfNode(deps, node);
  return ctx && { ctx, share };
}

export async function resolveShare(deps: CommandDeps, node: unknown, title: string): Promise<ShareTarget | undefined> {
  const fromRow = shareOfNode(deps, node);
  if (fromRow) return fromRow;
  const picked = await resolveSource(deps, node, title, { writes: true });
  const ctx = picked && managersOnly(picked, title);
  if (!ctx) return undefined;
  const shares = await ctx.session.api.listShares(refOf(ctx));
  if (shares.length === 0) {
    void vscode.window.showInformationMessage(l10n.t('{0} is not shared with any group you can see.', ctx.source.fullPath));
    return undefined;
  }
  const choice = await vscode.window.showQuickPick(
    shares.map((share) => ({ label: share.groupName || share.groupFullPath, description: share.groupFullPath, share })),
    { title, placeHolder: l10n.t('Which group is {0} shared with?', ctx.source.fullPath), matchOnDescription: true },
  );
  return choice && { ctx, share: choice.share };
}

/**
 * Groups to offer: those the caller belongs to, less the place itself, its parent groups (GitLab refuses a
 * project's own groups, and its members page hides a group's) and the groups it is already shared with.
 */
export async function pickInvitableGroup(ctx: SourceContext, title: string): Promise<Group | undefined> {
  const [groups, shares] = await Promise.all([ctx.session.api.listInvitableGroups(), ctx.session.api.listShares(refOf(ctx))]);
  const excluded = new Set([...ancestorPaths(ctx.source), ...(ctx.source.kind === 'group' ? [ctx.source.fullPath] : []), ...shares.map((s) => s.groupFullPath)]);
  const offered = groups.filter((g) => !excluded.has(g.fullPath));
  if (offered.length === 0) {
    void vscode.window.showInformationMessage(l10n.t('No group to invite to {0}: it can be shared with groups you belong to, other than itself, its parent groups and the groups it is already shared with.', ctx.source.fullPath));
    return undefined;
  }
  const choice = await vscode.window.showQuickPick(
    offered.map((group) => ({ label: group.fullName || group.name, description: group.fullPath, group })),
    { title, placeHolder: l10n.t('Which group should get access to {0}?', ctx.source.fullPath), matchOnDescription: true },
  );
  return choice?.group;
}
