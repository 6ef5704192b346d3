/**
 * After a change to many rows (bulk actions, extending, applying a membership file): the summary sentence as an
 * information, warning or error notification, with "Show Details" opening the per-item report read-only, and
 * the changed groups and projects reloaded wherever the tree shows them.
 */
import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';
import type { Summary } from '../../bulk/summary';
import type { FolderKind } from '../../tree/node';
import type { SourceKind } from '../../gitlab/types';
import type { CommandDeps } from './deps';

/** The button's label; a function, not a constant: the language is known only once the extension is activated. */
export const showDetailsButton = () => l10n.t('Show Details');

export interface ChangedSource {
  readonly accountKey: string;
  readonly kind: SourceKind;
  readonly id: number;
}

/** Not awaited by callers' callers: the notification may stay until the person dismisses it. */
export function showOutcome(deps: CommandDeps, title: string, summary: Summary): void {
  deps.log.info(`${title}: ${summary.message}`);
  const show = summary.severity === 'info' ? vscode.window.showInformationMessage
    : summary.severity === 'warning' ? vscode.window.showWarningMessage : vscode.window.showErrorMessage;
  const showDetails = showDetailsButton();
  void show(summary.message, showDetails).then(async (choice) => {
    if (choice === showDetails) await deps.tools.reports.show({ title, content: summary.report });
  });
}

/** Reloads the given folders of each changed group or project in the tree (rows never loaded need nothing). */
export function refreshChanged(deps: CommandDeps, changed: readonly ChangedSource[], folders: readonly FolderKind[]): void {
  const seen = new Set<string>();
  for (const c of changed) {
    const key = `${c.accountKey}|${c.kind}:${c.id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    for (const folder of folders) deps.tree.refreshSource(c.accountKey, c.kind, c.id, folder);
  }
}
