/** The one-line notification after an invite: what happened, counted, and who was not invited and why. Pure. */
import * as l10n from '@vscode/l10n';
import type { RecipientResult } from '../shared/protocol';
import { statusCount } from './statusCount';

export interface InviteSummary {
  /** `info` when nobody failed, `warning` when some did, `error` when GitLab refused them all. */
  readonly severity: 'info' | 'warning' | 'error';
  readonly text: string;
  /** Somebody failed: the notification offers "Show Logs". */
  readonly showLogs: boolean;
}

const SHOWN = 3;
const ORDER: readonly RecipientResult['status'][] = ['invited', 'changed', 'updated', 'already', 'left', 'failed'];

/** `explanation`: why GitLab refused the whole request (inviteRefusal.ts), said instead of listing everyone. */
export function summarizeInvite(results: readonly RecipientResult[], path: string, explanation?: string): InviteSummary {
  const failed = results.filter((r) => r.status === 'failed');
  const done = results.length - failed.length;
  const showLogs = failed.length > 0;
  if (explanation && failed.length > 0) {
    const rest = done === 0 ? l10n.t('Nobody was invited; they stay in the form.')
      : failed.length === 1 ? l10n.t('The others were handled; 1 person stays in the form.')
      : l10n.t('The others were handled; {0} people stay in the form.', failed.length);
    return { severity: done > 0 ? 'warning' : 'error', text: `${explanation} ${rest}`, showLogs };
  }
  if (results.every((r) => r.status === 'invited')) {
    const text = results.length === 1 ? l10n.t('Invited 1 person to {0}.', path) : l10n.t('Invited {0} people to {1}.', results.length, path);
    return { severity: 'info', text, showLogs };
  }
  const counts = ORDER.map((s) => [s, results.filter((r) => r.status === s).length] as const).filter(([, n]) => n > 0).map(([s, n]) => statusCount(s, n));
  const notable = results.filter((r) => r.status !== 'invited');
  const listed = notable.slice(0, SHOWN).map((r) => `${r.recipient}: ${r.text}`);
  if (notable.length > SHOWN) listed.push(l10n.t('and {0} more', notable.length - SHOWN));
  const tail = failed.length === 0 ? '' : ` ${failed.length === 1 ? l10n.t('The failed one stays in the form.') : l10n.t('The failed ones stay in the form.')}`;
  return { severity: failed.length > 0 ? 'warning' : 'info', text: `${path}: ${counts.join(', ')} (${listed.join('; ')}).${tail}`, showLogs };
}
