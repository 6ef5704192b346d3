/**
 * gitlabMembers.approveMember: approve one member or invitation awaiting approval: an "Awaiting approval" row,
 * a member or invitation row marked awaiting, or (from the palette) one picked from the top-level group's list.
 */
import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';
import type { PendingMember } from '../gitlab/types';
import { findPending } from '../domain/pending';
import { approvalContext, listAwaiting, pickPending } from './support/approvals';
import type { CommandDeps } from './support/deps';
import { personLabel } from './support/describe';
import { invitationOfNode, memberOfNode, pendingOfNode } from './support/nodeTargets';
import { resolveSource } from './pickers/resolve';
import { runAction } from './support/runAction';

const title = (): string => l10n.t('Approve Member');

export async function approveMember(deps: CommandDeps, node?: unknown): Promise<void> {
  const fromRow = pendingOfNode(deps, node);
  const ctx = fromRow?.ctx ?? (await resolveSource(deps, node, title(), { writes: true }));
  const root = ctx && (await approvalContext(ctx));
  if (!root) return;
  const pending = fromRow?.pending ?? (await findOrPick(deps, node, await listAwaiting(root), root.source.fullPath));
  if (!pending) return;
  const who = personLabel(pending);
  const result = await runAction(deps, root, {
    progress: l10n.t('Approving {0} in {1}', who, root.source.fullPath),
    doing: l10n.t({ message: 'approve {0} in {1}', args: [who, root.source.fullPath], comment: ['completes "Couldn\'t …: <reason>" when approving fails'] }),
    affects: 'row',
  }, () => root.session.api.approveMember(root.source.id, pending.id));
  if (result.ok) void vscode.window.showInformationMessage(l10n.t('Approved {0}: their access to {1} is active now.', who, root.source.fullPath));
}

/** The awaiting row matching the member or invitation the command was run on; else a pick among all of them. */
async function findOrPick(deps: CommandDeps, node: unknown, rows: PendingMember[], rootPath: string): Promise<PendingMember | undefined> {
  const who = memberOfNode(deps, node)?.member ?? invitationOfNode(deps, node)?.invitation;
  if (who) {
    const found = findPending(rows, who);
    if (!found) void vscode.window.showInformationMessage(l10n.t('{0} is not awaiting approval in {1}.', personLabel(who), rootPath));
    return found;
  }
  if (rows.length === 0) {
    void vscode.window.showInformationMessage(l10n.t('Nobody is awaiting approval in {0}.', rootPath));
    return undefined;
  }
  return pickPending(rows, l10n.t('Approve Member in {0}', rootPath));
}
