/** gitlabMembers.refresh: drop everything loaded and load the tree again (expanded rows stay expanded). */
import type { CommandDeps } from './support/deps';

export function refresh(deps: CommandDeps): void {
  deps.tree.refresh();
}
