/** gitlabMembers.loadMore: append the next page under the node a "Load more…" row belongs to. */
import * as vscode from 'vscode';
import { isLoadsMore } from '../tree/node';
import type { CommandDeps } from './support/deps';
import { VIEW_IDS } from '../core/ids';

export async function loadMore(deps: CommandDeps, owner?: unknown): Promise<void> {
  if (!isLoadsMore(owner)) return;
  // Failures become an error row under the owner (with "Load more…" to retry), not a notification.
  await vscode.window.withProgress({ location: { viewId: VIEW_IDS.tree } }, () => owner.loadMore());
  deps.tree.changed(owner);
}
