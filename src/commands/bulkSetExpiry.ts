/**
 * gitlabMembers.bulkSetExpiry: one access expiry date for every selected member and invitation, or none (a
 * blank date clears it); each keeps its role.
 */
import * as l10n from '@vscode/l10n';
import { askExpiry } from './pickers/askExpiry';
import type { CommandDeps } from './support/deps';
import { executeBulk, prepareBulk } from './support/bulkFlow';

export async function bulkSetExpiry(deps: CommandDeps, node?: unknown, nodes?: unknown): Promise<void> {
  const selection = await prepareBulk(deps, node, nodes, 'setExpiry', l10n.t('Set Expiry of Selected'));
  if (!selection) return;
  const n = selection.targets.length;
  const expiry = await askExpiry(l10n.t('Set Expiry of {0} Selected (their role stays)', n), null);
  if (!expiry) return;
  const what = expiry.value ? l10n.t('Set access expiry to {0}', expiry.value) : l10n.t('Clear access expiry');
  await executeBulk(deps, {
    title: what,
    doneText: expiry.value
      ? l10n.t({ message: 'Access now expires {0} for', args: [expiry.value], comment: ['followed by a count: "… for 3 rows."'] })
      : l10n.t({ message: 'Access no longer expires for', comment: ['followed by a count: "… for 3 rows."'] }),
    change: { action: 'setExpiry', expiresAt: expiry.value },
  }, selection);
}
