/**
 * gitlabMembers.loadAll: every remaining row of a folder with the concurrent pager, with progress in a
 * cancellable notification. Cancelling keeps the rows shown before; a failure is shown with "Show Logs".
 */
import { isGitLabError } from '../gitlab';
import type { CommandDeps } from './deps';
import { pickFolder } from './pickers/pickTreeRow';
import { withRowProgress } from './rowProgress';

const n = (value: number) => value.toLocaleString('en-US');

export async function loadAll(deps: CommandDeps, node?: unknown): Promise<void> {
  const folder = await pickFolder(deps, node, 'Load All', (f) => f.hasMore);
  if (!folder) return;
  const what = `${folder.spec.what} of ${folder.source.fullPath}`;
  const started = Date.now();
  try {
    await withRowProgress(`Loading all ${what}`, ({ signal, ...progress }) => folder.loadAll(signal, progress));
  } catch (err) {
    if (isGitLabError(err) && err.kind === 'cancelled') {
      deps.log.info(`Stopped loading all ${what}`);
      return;
    }
    throw err;
  } finally {
    deps.tree.changed(folder);
  }
  deps.log.info(`Loaded all ${what}: ${n(folder.loaded().length)} rows in ${Date.now() - started}ms`);
}
