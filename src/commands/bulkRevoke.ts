/**
 * gitlabMembers.bulkRevoke: revoke every selected pending invitation after one modal confirmation listing the
 * addresses; the links in those invitation emails stop working.
 */
import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';
import { targetLabel } from '../bulk/selection';
import type { CommandDeps } from './support/deps';
import { executeBulk, prepareBulk } from './support/bulkFlow';

const LISTED = 25;

export async function bulkRevoke(deps: CommandDeps, node?: unknown, nodes?: unknown): Promise<void> {
  const selection = await prepareBulk(deps, node, nodes, 'revoke', l10n.t('Revoke Selected Invitations'));
  if (!selection) return;
  const n = selection.targets.length;
  const names = selection.targets.map((t) => `• ${targetLabel(t)}`);
  const listed = names.length > LISTED ? [...names.slice(0, LISTED), l10n.t('…and {0} more', names.length - LISTED)] : names;
  const skipped = selection.skipped.length ? ['', l10n.t('Left alone: {0}.', selection.skipped.map((s) => `${targetLabel(s.target)} (${s.reason})`).join('; '))] : [];
  const button = n === 1 ? l10n.t('Revoke 1 Invitation') : l10n.t('Revoke {0} Invitations', n);
  const confirmed = await vscode.window.showWarningMessage(n === 1 ? l10n.t('Revoke 1 invitation?') : l10n.t('Revoke {0} invitations?', n), {
    modal: true,
    detail: [...listed, '', l10n.t('The links in those invitation emails stop working. You can invite the addresses again later.'), ...skipped].join('\n'),
  }, button);
  if (confirmed !== button) return;
  await executeBulk(deps, {
    title: n === 1 ? l10n.t('Revoke 1 invitation') : l10n.t('Revoke {0} invitations', n),
    doneText: l10n.t({ message: 'Revoked', comment: ['followed by a count: "Revoked 3 invitations."'] }),
    change: { action: 'revoke' },
    noun: [l10n.t('invitation'), l10n.t('invitations')],
  }, selection);
}
