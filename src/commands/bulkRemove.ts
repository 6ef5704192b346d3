/**
 * gitlabMembers.bulkRemove: remove every selected direct member after one modal confirmation that lists them
 * all (and says who is left alone and why). Their direct memberships in subgroups and projects are kept, as
 * with the single Remove's default.
 */
import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';
import { targetLabel } from '../bulk/selection';
import type { CommandDeps } from './support/deps';
import { executeBulk, prepareBulk, type BulkSelection } from './support/bulkFlow';

/** Most names listed in the confirmation before "and N more". */
const LISTED = 25;

export async function bulkRemove(deps: CommandDeps, node?: unknown, nodes?: unknown): Promise<void> {
  const selection = await prepareBulk(deps, node, nodes, 'remove', l10n.t('Remove Selected Members'));
  if (!selection) return;
  const n = selection.targets.length;
  const button = n === 1 ? l10n.t('Remove 1 Member') : l10n.t('Remove {0} Members', n);
  const confirmed = await vscode.window.showWarningMessage(
    n === 1 ? l10n.t('Remove 1 member?') : l10n.t('Remove {0} members?', n),
    { modal: true, detail: confirmationDetail(selection) },
    button,
  );
  if (confirmed !== button) return;
  await executeBulk(deps, {
    title: n === 1 ? l10n.t('Remove 1 member') : l10n.t('Remove {0} members', n),
    doneText: l10n.t({ message: 'Removed', comment: ['followed by a count: "Removed 3 members."'] }),
    change: { action: 'remove' },
    noun: [l10n.t('member'), l10n.t('members')],
  }, selection);
}

function confirmationDetail(selection: BulkSelection): string {
  const names = selection.targets.map((t) => {
    const self = t.kind === 'member' && t.member.id === t.place.ctx.session.account.userId;
    return `• ${self ? l10n.t('{0} (you: you lose this access)', targetLabel(t)) : targetLabel(t)}`;
  });
  const lines = names.length > LISTED ? [...names.slice(0, LISTED), l10n.t('…and {0} more', names.length - LISTED)] : names;
  if (selection.targets.some((t) => t.place.source.kind === 'group')) {
    lines.push('', l10n.t('Their direct memberships in subgroups and projects are kept; issue and merge request assignments stay.'));
  }
  if (selection.skipped.length) {
    lines.push('', l10n.t('Left alone: {0}.', selection.skipped.map((s) => `${targetLabel(s.target)} (${s.reason})`).join('; ')));
  }
  return lines.join('\n');
}
