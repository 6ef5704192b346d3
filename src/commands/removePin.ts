/** gitlabMembers.removePin ("Remove from Tree"): unpins a group or project added with "Add Group or Project…". */
import { isSourceNode } from '../tree/node';
import { accountArg } from './nodeArgs';
import type { CommandDeps } from './deps';

export async function removePin(deps: CommandDeps, node?: unknown): Promise<void> {
  if (!isSourceNode(node) || !(node as { pinned?: boolean }).pinned) return;
  const account = await accountArg(deps, node, 'Remove from tree');
  if (!account) return;
  await deps.store.pins.remove(account.session.key, node.source.kind, node.source.id);
  account.pinsChanged();
  deps.tree.changed(account);
}
