/**
 * What a person reads after a change to many rows: one sentence for the notification (all done, or how many
 * failed with the first reasons) and a full per-row report. Used by bulk actions, extending expiries and
 * applying a membership file. Pure.
 */
import * as l10n from '@vscode/l10n';
import type { ItemResult } from './runItems';

export interface ReportLine {
  readonly label: string;
  readonly result: 'done' | 'failed' | 'cancelled' | 'skipped';
  /** Why it failed or was skipped. */
  readonly note?: string;
}

export interface Summary {
  readonly severity: 'info' | 'warning' | 'error';
  readonly message: string;
  readonly report: string;
}

const MARK: Record<ReportLine['result'], string> = { done: '✓', failed: '✗', cancelled: '·', skipped: '–' };
const MAX_REASONS = 2;

export function lineOf<T>(result: ItemResult<T>, label: (item: T) => string): ReportLine {
  return { label: label(result.item), result: result.status, ...(result.error ? { note: result.error } : {}) };
}

/**
 * @param title e.g. `Change role to Reporter`
 * @param doneText e.g. `Changed the role of` → `Changed the role of 3 rows.`
 */
export function summarize(title: string, doneText: string, noun: [string, string], lines: readonly ReportLine[]): Summary {
  const count = (result: ReportLine['result']) => lines.filter((l) => l.result === result).length;
  const [done, cancelled, skipped] = [count('done'), count('cancelled'), count('skipped')];
  const n = (k: number) => `${k} ${k === 1 ? noun[0] : noun[1]}`;
  const failed = lines.filter((l) => l.result === 'failed');
  const parts = [`${doneText} ${n(done)}.`];
  if (failed.length) {
    const reasons = failed.slice(0, MAX_REASONS).map((l) => `${l.label}: ${l.note ?? l10n.t({ message: 'failed', comment: ['the result of one row of a bulk change'] })}`).join('; ');
    parts.push(l10n.t('{0} failed ({1}).', failed.length, `${reasons}${failed.length > MAX_REASONS ? '; …' : ''}`));
  }
  if (cancelled) parts.push(l10n.t('{0} not done (cancelled).', cancelled));
  if (skipped) parts.push(l10n.t('{0} skipped.', skipped));
  const severity = failed.length === 0 ? 'info' : done === 0 ? 'error' : 'warning';
  return { severity, message: parts.join(' '), report: renderReport(title, lines) };
}

export function renderReport(title: string, lines: readonly ReportLine[]): string {
  const tally = (['done', 'failed', 'cancelled', 'skipped'] as const)
    .map((r) => [r, lines.filter((l) => l.result === r).length] as const)
    .filter(([, k]) => k > 0).map(([r, k]) => tallyText(r, k)).join(', ');
  const body = lines.map((l) => `${MARK[l.result]} ${l.label}${l.note ? ` — ${l.result === 'skipped' ? l10n.t('skipped: {0}', l.note) : l.note}` : ''}`);
  return [`${title}: ${tally || l10n.t('nothing to do')}`, '', ...body, ''].join('\n');
}

/** `3 done`, `1 failed`, … for the report's first line. */
function tallyText(result: ReportLine['result'], count: number): string {
  switch (result) {
    case 'done': return l10n.t({ message: '{0} done', args: [count], comment: ['rows of a bulk change: "3 done, 1 failed"'] });
    case 'failed': return l10n.t({ message: '{0} failed', args: [count], comment: ['rows of a bulk change: "3 done, 1 failed"'] });
    case 'cancelled': return l10n.t({ message: '{0} cancelled', args: [count], comment: ['rows of a bulk change: "3 done, 1 cancelled"'] });
    case 'skipped': return l10n.t({ message: '{0} skipped', args: [count], comment: ['rows of a bulk change: "3 done, 1 skipped"'] });
  }
}
