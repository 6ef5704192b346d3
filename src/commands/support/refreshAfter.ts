/**
 * After a change (whether it worked or not) the tree must show GitLab's true state: the changed group or
 * project reloads wherever the tree has loaded it (in place and pinned), either only the folders the change
 * touched, or the whole row when the change reaches below it (subgroups, inherited rows, approvals).
 */
import type { FolderKind } from '../../tree/node';
import type { CommandDeps } from './deps';
import type { SourceContext } from '../../sources/sourceContext';

/** `row`: the group or project with everything under it; otherwise just these folders of it. */
export type RefreshScope = 'row' | readonly FolderKind[];

export function refreshAfterChange(deps: CommandDeps, ctx: SourceContext, scope: RefreshScope): void {
  const { key } = ctx.session;
  const { kind, id, fullPath } = ctx.source;
  const folders = scope === 'row' ? [undefined] : scope;
  const reloaded = folders.reduce((sum, folder) => sum + deps.tree.refreshSource(key, kind, id, folder), 0);
  deps.log.debug(`reloaded ${reloaded} row(s) of ${fullPath} after a change`);
}
