/**
 * The steps every bulk command shares: take the selected tree rows (the right-clicked row with the rest of the
 * selection), keep the ones the action applies to (saying why the others are left alone), run the change with
 * progress and Cancel, then report per row and reload the changed folders.
 */
import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';
import { runBulk, type BulkChange } from '../../bulk/bulkChanges';
import { eligible, targetLabel, type BulkAction, type Eligibility, type Selected, type SelectedPlace } from '../../bulk/selection';
import { lineOf, summarize, type ReportLine } from '../../bulk/summary';
import type { CommandDeps } from './deps';
import { invitationOfNode, memberOfNode } from './nodeTargets';
import { pickBulkRows } from '../pickers/pickBulkRows';
import { refreshChanged, showOutcome } from './showOutcome';
import type { SourceContext } from '../../sources/sourceContext';

export interface TreePlace extends SelectedPlace {
  readonly ctx: SourceContext;
}

export type BulkSelection = Eligibility<TreePlace>;

/**
 * The rows to act on, or undefined (after saying why) when none qualifies. With no row and nothing selected in
 * the tree (the palette), the rows are asked for: a group or project, then several of its rows.
 */
export async function prepareBulk(deps: CommandDeps, node: unknown, nodes: unknown, action: BulkAction, title: string): Promise<BulkSelection | undefined> {
  const rows = Array.isArray(nodes) && nodes.includes(node) ? nodes : node !== undefined ? [node] : [...deps.tree.selection];
  const fromTree = rows.flatMap((row) => toSelected(deps, row));
  const selected = fromTree.length > 0 ? fromTree : await pickBulkRows(deps, action, title, placeOf);
  if (!selected) return undefined;
  const result = eligible(action, selected);
  if (result.targets.length === 0) {
    const reasons = result.skipped.slice(0, 3).map((s) => `${targetLabel(s.target)}: ${s.reason}`).join('; ');
    void vscode.window.showWarningMessage(result.skipped.length > 3
      ? l10n.t('None of the chosen rows can be changed: {0}; ….', reasons)
      : l10n.t('None of the chosen rows can be changed: {0}.', reasons));
    return undefined;
  }
  return result;
}

export interface BulkRun {
  /** `Change role to Reporter` */
  readonly title: string;
  /** `Changed the role of` */
  readonly doneText: string;
  readonly change: BulkChange;
  /** What a row is called in the summary (default row/rows). */
  readonly noun?: [string, string];
}

export async function executeBulk(deps: CommandDeps, run: BulkRun, selection: BulkSelection): Promise<void> {
  const outcome = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: run.title, cancellable: true },
    async (progress, token) => {
      const abort = new AbortController();
      const subscription = token.onCancellationRequested(() => abort.abort());
      try {
        return await runBulk((place) => place.ctx.session.api, run.change, selection.targets, {
          signal: abort.signal,
          onItem: (finished, total) => progress.report({ message: l10n.t('{0} of {1}', finished, total), increment: 100 / Math.max(1, total) }),
        });
      } finally {
        subscription.dispose();
      }
    },
  );
  const lines: ReportLine[] = [
    ...outcome.results.map((r) => lineOf(r, targetLabel)),
    ...[...outcome.skipped, ...selection.skipped].map((s) => ({ label: targetLabel(s.target), result: 'skipped' as const, note: s.reason })),
  ];
  showOutcome(deps, run.title, summarize(run.title, run.doneText, run.noun ?? [l10n.t('row'), l10n.t('rows')], lines));
  const changed = outcome.results.filter((r) => r.status !== 'cancelled').map((r) => r.item.place);
  refreshChanged(deps, changed.map((p) => ({ accountKey: p.accountKey, kind: p.source.kind, id: p.source.id })), ['members', 'invitations']);
}

function toSelected(deps: CommandDeps, row: unknown): Array<Selected<TreePlace>> {
  const member = memberOfNode(deps, row);
  if (member) return [{ kind: 'member', place: placeOf(member.ctx), member: member.member }];
  const invitation = invitationOfNode(deps, row);
  if (invitation) return [{ kind: 'invitation', place: placeOf(invitation.ctx), invitation: invitation.invitation }];
  return [];
}

function placeOf(ctx: SourceContext): TreePlace {
  return { ctx, accountKey: ctx.session.key, readOnly: ctx.session.readOnly, source: ctx.source, callerLevel: ctx.callerLevel };
}
