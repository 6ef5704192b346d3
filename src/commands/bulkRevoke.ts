/**
 * gitlabMembers.bulkRevoke: revoke every selected pending invitation after one modal confirmation listing the
 * addresses; the links in those invitation emails stop working.
 */
import * as vscode from 'vscode';
import { targetLabel } from '../bulk/selection';
import type { CommandDeps } from './deps';
import { executeBulk, prepareBulk } from './bulkFlow';

const LISTED = 25;

export async function bulkRevoke(deps: CommandDeps, node?: unknown, nodes?: unknown): Promise<void> {
  const selection = await prepareBulk(deps, node, nodes, 'revoke', 'Revoke Selected Invitations');
  if (!selection) return;
  const n = selection.targets.length;
  const noun = n === 1 ? 'invitation' : 'invitations';
  const names = selection.targets.map((t) => `• ${targetLabel(t)}`);
  const listed = names.length > LISTED ? [...names.slice(0, LISTED), `…and ${names.length - LISTED} more`] : names;
  const skipped = selection.skipped.length ? ['', `Left alone: ${selection.skipped.map((s) => `${targetLabel(s.target)} (${s.reason})`).join('; ')}.`] : [];
  const button = `Revoke ${n} ${n === 1 ? 'Invitation' : 'Invitations'}`;
  const confirmed = await vscode.window.showWarningMessage(`Revoke ${n} ${noun}?`, {
    modal: true,
    detail: [...listed, '', 'The links in those invitation emails stop working. You can invite the addresses again later.', ...skipped].join('\n'),
  }, button);
  if (confirmed !== button) return;
  await executeBulk(deps, { title: `Revoke ${n} ${noun}`, doneText: 'Revoked', change: { action: 'revoke' }, noun: ['invitation', 'invitations'] }, selection);
}
