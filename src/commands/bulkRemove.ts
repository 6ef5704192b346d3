/**
 * gitlabMembers.bulkRemove: remove every selected direct member after one modal confirmation that lists them
 * all (and says who is left alone and why). Their direct memberships in subgroups and projects are kept, as
 * with the single Remove's default.
 */
import * as vscode from 'vscode';
import { targetLabel } from '../bulk/selection';
import type { CommandDeps } from './deps';
import { executeBulk, prepareBulk, type BulkSelection } from './bulkFlow';

/** Most names listed in the confirmation before "and N more". */
const LISTED = 25;

export async function bulkRemove(deps: CommandDeps, node?: unknown, nodes?: unknown): Promise<void> {
  const selection = await prepareBulk(deps, node, nodes, 'remove', 'Remove Selected Members');
  if (!selection) return;
  const n = selection.targets.length;
  const button = `Remove ${n} ${n === 1 ? 'Member' : 'Members'}`;
  const confirmed = await vscode.window.showWarningMessage(
    `Remove ${n} ${n === 1 ? 'member' : 'members'}?`,
    { modal: true, detail: confirmationDetail(selection) },
    button,
  );
  if (confirmed !== button) return;
  await executeBulk(deps, { title: `Remove ${n} ${n === 1 ? 'member' : 'members'}`, doneText: 'Removed', change: { action: 'remove' }, noun: ['member', 'members'] }, selection);
}

function confirmationDetail(selection: BulkSelection): string {
  const names = selection.targets.map((t) => {
    const self = t.kind === 'member' && t.member.id === t.place.ctx.session.account.userId;
    return `• ${targetLabel(t)}${self ? ' (you: you lose this access)' : ''}`;
  });
  const lines = names.length > LISTED ? [...names.slice(0, LISTED), `…and ${names.length - LISTED} more`] : names;
  if (selection.targets.some((t) => t.place.source.kind === 'group')) {
    lines.push('', 'Their direct memberships in subgroups and projects are kept; issue and merge request assignments stay.');
  }
  if (selection.skipped.length) {
    lines.push('', `Left alone: ${selection.skipped.map((s) => `${targetLabel(s.target)} (${s.reason})`).join('; ')}.`);
  }
  return lines.join('\n');
}
