/**
 * gitlabMembers.loadAll: every remaining row of a folder with the concurrent pager, with progress in a
 * cancellable notification that lasts until the tree has the rows (drawing 12,500 rows takes VS Code a few
 * seconds). Cancelling keeps the rows shown before; a failure is shown with "Show Logs".
 */
import * as l10n from '@vscode/l10n';
import { thousands } from '../domain/counts';
import { isGitLabError } from '../gitlab';
import type { CommandDeps } from './support/deps';
import { pickFolder } from './pickers/pickTreeRow';
import { withRowProgress } from './support/rowProgress';

export async function loadAll(deps: CommandDeps, node?: unknown): Promise<void> {
  const folder = await pickFolder(deps, node, l10n.t('Load All'), (f) => f.hasMore);
  if (!folder) return;
  const what = `${folder.spec.what} of ${folder.source.fullPath}`;
  const started = Date.now();
  try {
    await withRowProgress(l10n.t('Loading all {0} of {1}', folder.spec.what, folder.source.fullPath), async ({ signal, ...progress }, say) => {
      try {
        await folder.loadAll(signal, progress);
      } catch (err) {
        deps.tree.changed(folder);
        throw err;
      }
      say(l10n.t('{0} loaded; showing them…', thousands(folder.loaded().length)));
      await deps.tree.redrawn(folder);
    });
  } catch (err) {
    if (isGitLabError(err) && err.kind === 'cancelled') {
      deps.log.info(`Stopped loading all ${what}`);
      return;
    }
    throw err;
  }
  deps.log.info(`Loaded all ${what}: ${thousands(folder.loaded().length)} rows in ${Date.now() - started}ms`);
}
