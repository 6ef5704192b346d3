/** gitlabMembers.approveAllMembers: approve everyone awaiting approval in a top-level group, after confirming the count. */
import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';
import { approvalContext, listAwaiting } from './support/approvals';
import type { CommandDeps } from './support/deps';
import { personLabel } from './support/describe';
import { resolveSource } from './pickers/resolve';
import { runAction } from './support/runAction';

/** The confirmation's button (a function: the language is configured in activate()). */
export const approveAllButton = (): string => l10n.t('Approve All');
const NAMES_SHOWN = 10;

export async function approveAllMembers(deps: CommandDeps, node?: unknown): Promise<void> {
  const ctx = await resolveSource(deps, node, l10n.t('Approve All Members'), { writes: true });
  const root = ctx && (await approvalContext(ctx));
  if (!root) return;
  const path = root.source.fullPath;
  const awaiting = await listAwaiting(root);
  if (awaiting.length === 0) {
    void vscode.window.showInformationMessage(l10n.t('Nobody is awaiting approval in {0}.', path));
    return;
  }
  const n = awaiting.length;
  const names = awaiting.slice(0, NAMES_SHOWN).map(personLabel);
  const more = awaiting.length > NAMES_SHOWN ? [l10n.t('… and {0} more', awaiting.length - NAMES_SHOWN)] : [];
  const button = approveAllButton();
  const confirmed = await vscode.window.showWarningMessage(
    n === 1 ? l10n.t('Approve 1 member awaiting approval in {0}?', path) : l10n.t('Approve {0} members awaiting approval in {1}?', n, path),
    { modal: true, detail: [...names, ...more].join('\n') },
    button,
  );
  if (confirmed !== button) return;
  const result = await runAction(deps, root, {
    progress: n === 1 ? l10n.t('Approving 1 member in {0}', path) : l10n.t('Approving {0} members in {1}', n, path),
    doing: l10n.t({ message: 'approve the members awaiting approval in {0}', args: [path], comment: ['completes "Couldn\'t …: <reason>" when approving fails'] }),
    affects: 'row',
  }, () => root.session.api.approveAllMembers(root.source.id));
  if (result.ok) void vscode.window.showInformationMessage(n === 1 ? l10n.t('Approved 1 member in {0}.', path) : l10n.t('Approved {0} members in {1}.', n, path));
}
