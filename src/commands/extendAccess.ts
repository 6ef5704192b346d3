/**
 * gitlabMembers.extendBy30 / extendBy90 / extendToDate: extend the expiry of the selected rows of "Expiring
 * Access" (one or many), keeping each one's role. Rows the caller may not change, and for "to a date" rows that
 * already expire on or after it (never shortened), are skipped and said so; a failure is reported and the rest
 * done; Cancel stops what has not started; the view and the tree reload afterwards.
 */
import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';
import { lineOf, summarize, type ReportLine } from '../bulk/summary';
import { entryName } from '../expiringAccess/collectExpiring';
import { checkExtendTo } from '../expiringAccess/extendDate';
import { extendAll, notExtendedTo, planExtension, type Extended, type Extension } from '../expiringAccess/extendEntries';
import { ExpiringNode } from '../expiringAccess/expiringNodes';
import type { CommandDeps } from './support/deps';
import { pickMany } from './pickers/pickMany';
import { refreshChanged, showOutcome } from './support/showOutcome';

export const extendBy30 = (deps: CommandDeps, node?: unknown, nodes?: unknown) => extend(deps, node, nodes, { byDays: 30 });
export const extendBy90 = (deps: CommandDeps, node?: unknown, nodes?: unknown) => extend(deps, node, nodes, { byDays: 90 });

export async function extendToDate(deps: CommandDeps, node?: unknown, nodes?: unknown): Promise<void> {
  const rows = await chooseRows(deps, node, nodes, l10n.t('Extend to Date'));
  if (!rows) return;
  const text = await vscode.window.showInputBox({
    title: rows.length === 1 ? l10n.t('Extend {0} to…', entryName(rows[0].entry)) : l10n.t('Extend {0} memberships and invitations to…', rows.length),
    prompt: l10n.t('New access expiry date (YYYY-MM-DD, after today)'),
    placeHolder: l10n.t({ message: 'YYYY-MM-DD', comment: ['the date format to type: four-digit year, month, day, with hyphens'] }),
    value: rows[0].entry.expiresAt,
    ignoreFocusOut: true,
    validateInput: (value) => {
      const check = checkExtendTo(value, new Date());
      return check.ok ? undefined : check.error;
    },
  });
  const check = checkExtendTo(text ?? '', new Date());
  if (text === undefined || !check.ok) return;
  await extendRows(deps, rows, { toDate: check.value });
}

async function extend(deps: CommandDeps, node: unknown, nodes: unknown, how: { readonly byDays: number }): Promise<void> {
  const rows = await chooseRows(deps, node, nodes, l10n.t('Extend by {0} Days', how.byDays));
  if (rows) await extendRows(deps, rows, how);
}

async function extendRows(deps: CommandDeps, rows: readonly ExpiringNode[], how: Extension): Promise<void> {
  const why = (r: ExpiringNode): string | undefined => !r.entry.canManage
    ? l10n.t('your role in {0} does not allow it', r.source.fullPath)
    : 'toDate' in how ? notExtendedTo(r.entry, how.toDate) : undefined;
  const verdicts = rows.map((r) => ({ r, skip: why(r) }));
  const allowed = verdicts.filter((v) => v.skip === undefined).map((v) => v.r);
  const skipped: ReportLine[] = verdicts.flatMap((v) => (v.skip === undefined ? [] : [{ label: label(v.r.entry), result: 'skipped' as const, note: v.skip }]));
  const words = 'toDate' in how
    ? { doing: l10n.t('Extending access to {0}', how.toDate), title: l10n.t('Extend access to {0}', how.toDate), done: l10n.t('Extended to {0}:', how.toDate) }
    : { doing: l10n.t('Extending access by {0} days', how.byDays), title: l10n.t('Extend access by {0} days', how.byDays), done: l10n.t('Extended by {0} days:', how.byDays) };
  const bySession = new Map(allowed.map((r) => [r.session.key, r.session]));
  const results = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: words.doing, cancellable: true },
    async (progress, token) => {
      const abort = new AbortController();
      const subscription = token.onCancellationRequested(() => abort.abort());
      let finished = 0;
      const onItem = () => progress.report({ message: l10n.t('{0} of {1}', ++finished, allowed.length), increment: 100 / Math.max(1, allowed.length) });
      try {
        return await Promise.all([...bySession.values()].map((session) => {
          const mine = allowed.filter((r) => r.session.key === session.key).map((r) => r.entry);
          return extendAll(session.api, planExtension(mine, how, new Date()), { signal: abort.signal, onItem });
        }));
      } finally {
        subscription.dispose();
      }
    },
  );
  const lines = [...results.flat().map((r) => lineOf(r, (x: Extended) => `${label(x.entry)} → ${x.newDate}`)), ...skipped];
  const noun: [string, string] = [l10n.t('membership or invitation'), l10n.t('memberships and invitations')];
  showOutcome(deps, words.title, summarize(words.title, words.done, noun, lines));
  refreshChanged(deps, allowed.map((r) => ({ accountKey: r.session.key, kind: r.source.kind, id: r.source.id })), ['members', 'invitations']);
  await deps.tools.expiring.reload();
}

/**
 * The rows the command was run on: the right-clicked one with the rest of the selection, else the view's
 * selection; from the palette with nothing selected, chosen in a quick pick among the view's rows.
 */
async function chooseRows(deps: CommandDeps, node: unknown, nodes: unknown, title: string): Promise<ExpiringNode[] | undefined> {
  const list = Array.isArray(nodes) && nodes.includes(node) ? nodes : node ? [node] : [...deps.tools.expiring.selection];
  const chosen = list.filter((n): n is ExpiringNode => n instanceof ExpiringNode);
  // Group shares are listed but cannot be extended: left out before anything is asked.
  const rows = chosen.filter(extendable);
  if (rows.length > 0) return rows;
  if (chosen.length > 0) {
    void vscode.window.showInformationMessage(l10n.t("Group shares cannot be extended: GitLab's API cannot change a share's end date. Remove the share and invite the group again."));
    return undefined;
  }
  const view = deps.tools.expiring;
  void view.reveal();
  return pickMany(title, l10n.t('Which memberships and invitations?'), () => view.whenLoaded().then(() => view.rows.filter(extendable).map((row) => ({
    label: label(row.entry), description: row.entry.expiresAt ? l10n.t('expires {0}', row.entry.expiresAt) : undefined, value: row,
  }))));
}

/** Group shares are listed but never extended (no API changes a share's end date). */
const extendable = (row: ExpiringNode): boolean => row.entry.kind !== 'share';

function label(entry: ExpiringNode['entry']): string {
  switch (entry.kind) {
    case 'member': return l10n.t('{0} (@{1}) in {2}', entryName(entry), entry.member.username, entry.source.fullPath);
    case 'invitation': return l10n.t('{0} in {1}', entryName(entry), entry.source.fullPath);
    case 'share': return l10n.t('{0} (group share) in {1}', entryName(entry), entry.source.fullPath);
  }
}
