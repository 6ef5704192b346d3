/**
 * gitlabMembers.bulkSetExpiry: one access expiry date for every selected member and invitation, or none (a
 * blank date clears it); each keeps its role.
 */
import { askExpiry } from './pickers/askExpiry';
import type { CommandDeps } from './deps';
import { executeBulk, prepareBulk } from './bulkFlow';

export async function bulkSetExpiry(deps: CommandDeps, node?: unknown, nodes?: unknown): Promise<void> {
  const selection = await prepareBulk(deps, node, nodes, 'setExpiry', 'Set Expiry of Selected');
  if (!selection) return;
  const n = selection.targets.length;
  const expiry = await askExpiry(`Set Expiry of ${n} Selected (their role stays)`, null);
  if (!expiry) return;
  const what = expiry.value ? `Set access expiry to ${expiry.value}` : 'Clear access expiry';
  await executeBulk(deps, {
    title: what,
    doneText: expiry.value ? `Access now expires ${expiry.value} for` : 'Access no longer expires for',
    change: { action: 'setExpiry', expiresAt: expiry.value },
  }, selection);
}
