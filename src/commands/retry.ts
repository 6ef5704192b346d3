/** gitlabMembers.retry: an error row's Retry: loads again what failed under its owner, keeping what loaded. */
import * as vscode from 'vscode';
import { isLoadsMore } from '../tree/node';
import type { CommandDeps } from './support/deps';
import { VIEW_IDS } from '../core/ids';

export async function retry(deps: CommandDeps, node?: unknown): Promise<void> {
  // From the error row's inline button the argument is the row itself; from a click, its owner.
  const owner = isLoadsMore(node) ? node : (node as { parent?: unknown } | undefined)?.parent;
  if (!isLoadsMore(owner)) return;
  await vscode.window.withProgress({ location: { viewId: VIEW_IDS.tree } }, () => owner.loadMore());
  deps.tree.changed(owner);
}
