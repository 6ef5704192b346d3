/**
 * gitlabMembers.approveMember: approve one member or invitation awaiting approval: an "Awaiting approval" row,
 * a member or invitation row marked awaiting, or (from the palette) one picked from the top-level group's list.
 */
import * as vscode from 'vscode';
import type { PendingMember } from '../gitlab/types';
import { findPending } from '../domain/pending';
import { approvalContext, listAwaiting, pickPending } from './approvals';
import type { CommandDeps } from './deps';
import { personLabel } from './describe';
import { invitationOfNode, memberOfNode, pendingOfNode } from './nodeTargets';
import { resolveSource } from './pickers/resolve';
import { runAction } from './runAction';

const TITLE = 'Approve Member';

export async function approveMember(deps: CommandDeps, node?: unknown): Promise<void> {
  const fromRow = pendingOfNode(deps, node);
  const ctx = fromRow?.ctx ?? (await resolveSource(deps, node, TITLE, { writes: true }));
  const root = ctx && (await approvalContext(ctx));
  if (!root) return;
  const pending = fromRow?.pending ?? (await findOrPick(deps, node, await listAwaiting(root), root.source.fullPath));
  if (!pending) return;
  const who = personLabel(pending);
  const result = await runAction(deps, root, {
    progress: `Approving ${who} in ${root.source.fullPath}`,
    doing: `approve ${who} in ${root.source.fullPath}`,
    affects: 'row',
  }, () => root.session.api.approveMember(root.source.id, pending.id));
  if (result.ok) void vscode.window.showInformationMessage(`Approved ${who}: their access to ${root.source.fullPath} is active now.`);
}

/** The awaiting row matching the member or invitation the command was run on; else a pick among all of them. */
async function findOrPick(deps: CommandDeps, node: unknown, rows: PendingMember[], rootPath: string): Promise<PendingMember | undefined> {
  const who = memberOfNode(deps, node)?.member ?? invitationOfNode(deps, node)?.invitation;
  if (who) {
    const found = findPending(rows, who);
    if (!found) void vscode.window.showInformationMessage(`${personLabel(who)} is not awaiting approval in ${rootPath}.`);
    return found;
  }
  if (rows.length === 0) {
    void vscode.window.showInformationMessage(`Nobody is awaiting approval in ${rootPath}.`);
    return undefined;
  }
  return pickPending(rows, `${TITLE} in ${rootPath}`);
}
