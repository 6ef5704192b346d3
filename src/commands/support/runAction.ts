/**
 * How every change to GitLab runs: progress on the tree, a log line, then the tree reloaded whatever happened;
 * a failure becomes one sentence (what was being done, GitLab's reason, what the caller's role allows) with
 * "Show Logs". Success messages are the caller's, since only it knows what to say.
 */
import * as vscode from 'vscode';
import { explainFailure } from '../../domain/actionErrors';
import type { CommandDeps } from './deps';
import { VIEW_IDS } from '../../core/ids';
import { refreshAfterChange, type RefreshScope } from './refreshAfter';
import { showError } from '../../core/showError';
import { placeOf, type SourceContext } from '../../sources/sourceContext';

export interface ActionSpec {
  /** Shown while it runs and logged: `Removing Bob Brown from acme`. */
  readonly progress: string;
  /** For a failure: `remove Bob Brown from acme` → "Couldn't remove Bob Brown from acme: …". */
  readonly doing: string;
  /** What to reload in the tree afterwards. */
  readonly affects: RefreshScope;
}

export type ActionResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false };

export async function runAction<T>(deps: CommandDeps, ctx: SourceContext, spec: ActionSpec, change: () => Promise<T>): Promise<ActionResult<T>> {
  deps.log.info(`${spec.progress}…`);
  try {
    const value = await vscode.window.withProgress({ location: { viewId: VIEW_IDS.tree }, title: spec.progress }, change);
    return { ok: true, value };
  } catch (err) {
    void showError(deps.log, explainFailure(spec.doing, err, placeOf(ctx)));
    return { ok: false };
  } finally {
    refreshAfterChange(deps, ctx, spec.affects);
  }
}
