/** The one-line notification after an invite: how many were invited, and who was not and why. Pure. */
import type { RecipientResult } from '../shared/protocol';

export interface InviteSummary {
  /** `info` when everyone was invited, `warning` when some were not, `error` when GitLab refused them all. */
  readonly severity: 'info' | 'warning' | 'error';
  readonly text: string;
  /** Somebody failed: the notification offers "Show Logs". */
  readonly showLogs: boolean;
}

const SHOWN = 3;

/** `explanation`: why GitLab refused the whole request (inviteRefusal.ts), said instead of listing everyone. */
export function summarizeInvite(results: readonly RecipientResult[], path: string, explanation?: string): InviteSummary {
  const invited = results.filter((r) => r.status === 'invited');
  const others = results.filter((r) => r.status !== 'invited');
  const showLogs = others.some((r) => r.status === 'failed');
  const count = (n: number) => (n === 1 ? '1 person' : `${n} people`);
  if (others.length === 0) return { severity: 'info', text: `Invited ${count(invited.length)} to ${path}.`, showLogs };
  if (explanation) {
    const rest = invited.length > 0 ? `Invited ${count(invited.length)}; the others stay in the form.` : 'Nobody was invited; they stay in the form.';
    return { severity: invited.length > 0 ? 'warning' : 'error', text: `${explanation} ${rest}`, showLogs };
  }
  const listed = others.slice(0, SHOWN).map((r) => `${r.recipient} (${r.status === 'already' ? 'already there' : 'failed'}${r.message ? `: ${r.message}` : ''})`);
  const more = others.length > SHOWN ? `, and ${others.length - SHOWN} more` : '';
  const head = invited.length > 0 ? `Invited ${count(invited.length)} to ${path}; ` : `Nobody was invited to ${path}: `;
  return { severity: 'warning', text: `${head}not invited: ${listed.join(', ')}${more}. They stay in the form.`, showLogs };
}
