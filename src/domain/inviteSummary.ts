/** The one-line notification after an invite: what happened, counted, and who was not invited and why. Pure. */
import type { RecipientResult } from '../shared/protocol';
import { STATUS_LABEL } from './inviteWording';

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
  const count = (n: number) => (n === 1 ? '1 person' : `${n} people`);
  if (explanation && failed.length > 0) {
    const rest = done > 0 ? `The others were handled; ${count(failed.length)} stay in the form.` : 'Nobody was invited; they stay in the form.';
    return { severity: done > 0 ? 'warning' : 'error', text: `${explanation} ${rest}`, showLogs };
  }
  if (results.every((r) => r.status === 'invited')) return { severity: 'info', text: `Invited ${count(results.length)} to ${path}.`, showLogs };
  const counts = ORDER.map((s) => [s, results.filter((r) => r.status === s).length] as const).filter(([, n]) => n > 0).map(([s, n]) => `${n} ${STATUS_LABEL[s]}`);
  const notable = results.filter((r) => r.status !== 'invited');
  const listed = notable.slice(0, SHOWN).map((r) => `${r.recipient}: ${r.text}`);
  const more = notable.length > SHOWN ? `; and ${notable.length - SHOWN} more` : '';
  const tail = failed.length > 0 ? ` ${failed.length === 1 ? 'The failed one stays' : 'The failed ones stay'} in the form.` : '';
  return { severity: failed.length > 0 ? 'warning' : 'info', text: `${path}: ${counts.join(', ')} (${listed.join('; ')}${more}).${tail}`, showLogs };
}
