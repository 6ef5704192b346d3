/**
 * gitlabMembers.toggleInherited: a Members folder switches between direct members and direct + inherited
 * ones (`members/all`, each marked "inherited from <group>"). The default is `gitlabMembers.showInheritedMembers`.
 */
import type { CommandDeps } from './deps';
import { membersFolderArg } from './nodeArgs';

export async function toggleInherited(deps: CommandDeps, node?: unknown): Promise<void> {
  const folder = membersFolderArg(node);
  if (!folder) return;
  folder.setInherited(!folder.inheritedShown);
  deps.tree.changed(folder);
  await deps.tree.reveal(folder, { expand: true });
}
