/**
 * gitlabMembers.refreshNode: reload one row (a group, project, folder or account) and what is under it;
 * the rest of the tree stays as it is. On a member or invitation row, its folder reloads. From the palette:
 * the tree's selected row, else a group or project picked among those the tree shows.
 */
import * as l10n from '@vscode/l10n';
import type { TreeNode } from '../tree/node';
import type { CommandDeps } from './support/deps';
import { pickSourceRow } from './pickers/pickTreeRow';

export async function refreshNode(deps: CommandDeps, node?: unknown): Promise<void> {
  const start = (node ?? deps.tree.selection[0] ?? (await pickSourceRow(deps, undefined, l10n.t('Refresh')))) as TreeNode | undefined;
  if (!start) return;
  let target: TreeNode | undefined = start;
  while (target && !target.reset) target = target.parent;
  if (target) deps.tree.refreshNode(target);
  else deps.tree.refresh();
}
