/**
 * gitlabMembers.refreshNode: reload one row (a group, project, folder or account) and what is under it;
 * the rest of the tree stays as it is. On a member or invitation row, its folder reloads.
 */
import type { TreeNode } from '../tree/node';
import type { CommandDeps } from './deps';

export function refreshNode(deps: CommandDeps, node?: unknown): void {
  let target = node as TreeNode | undefined;
  while (target && !target.reset) target = target.parent;
  if (target) deps.tree.refreshNode(target);
  else deps.tree.refresh();
}
