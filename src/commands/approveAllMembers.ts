/** gitlabMembers.approveAllMembers: approve everyone awaiting approval in a top-level group, after confirming the count. */
import * as vscode from 'vscode';
import { approvalContext, listAwaiting } from './approvals';
import type { CommandDeps } from './deps';
import { personLabel } from './describe';
import { resolveSource } from './pickers/resolve';
import { runAction } from './runAction';

export const APPROVE_ALL_BUTTON = 'Approve All';
const NAMES_SHOWN = 10;

export async function approveAllMembers(deps: CommandDeps, node?: unknown): Promise<void> {
  const ctx = await resolveSource(deps, node, 'Approve All Members', { writes: true });
  const root = ctx && (await approvalContext(ctx));
  if (!root) return;
  const path = root.source.fullPath;
  const awaiting = await listAwaiting(root);
  if (awaiting.length === 0) {
    void vscode.window.showInformationMessage(`Nobody is awaiting approval in ${path}.`);
    return;
  }
  const count = awaiting.length === 1 ? '1 member' : `${awaiting.length} members`;
  const names = awaiting.slice(0, NAMES_SHOWN).map(personLabel);
  const more = awaiting.length > NAMES_SHOWN ? [`… and ${awaiting.length - NAMES_SHOWN} more`] : [];
  const confirmed = await vscode.window.showWarningMessage(
    `Approve ${count} awaiting approval in ${path}?`,
    { modal: true, detail: [...names, ...more].join('\n') },
    APPROVE_ALL_BUTTON,
  );
  if (confirmed !== APPROVE_ALL_BUTTON) return;
  const result = await runAction(deps, root, {
    progress: `Approving ${count} in ${path}`,
    doing: `approve the members awaiting approval in ${path}`,
    affects: 'row',
  }, () => root.session.api.approveAllMembers(root.source.id));
  if (result.ok) void vscode.window.showInformationMessage(`Approved ${count} in ${path}.`);
}
