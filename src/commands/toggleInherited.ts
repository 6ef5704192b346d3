/**
 * gitlabMembers.toggleInherited: a Members folder switches between direct members and direct + inherited
 * ones (`members/all`, each marked "inherited from <group>"). The default is `gitlabMembers.showInheritedMembers`.
 */
import * as l10n from '@vscode/l10n';
import type { CommandDeps } from './support/deps';
import { MembersFolderNode } from '../tree/membersFolderNode';
import { pickFolder } from './pickers/pickTreeRow';

export async function toggleInherited(deps: CommandDeps, node?: unknown): Promise<void> {
  const folder = await pickFolder(deps, node, l10n.t('Show or Hide Inherited Members'), (f) => f instanceof MembersFolderNode);
  if (!(folder instanceof MembersFolderNode)) return;
  folder.setInherited(!folder.inheritedShown);
  deps.tree.changed(folder);
  await deps.tree.reveal(folder, { expand: true });
}
