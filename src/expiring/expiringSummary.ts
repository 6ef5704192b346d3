/**
 * The line at the top of "Expiring Access": how many rows within how many days, across how many groups and
 * projects, what could not be checked (an account or a source that failed), and that the scan stopped at its
 * limit when an account has more groups and projects than it visits. Pure.
 */
import { groupsAndProjects, thousands } from '../domain/counts';
import type { ExpiringResult } from './collectExpiring';

export interface AccountOutcome {
  /** The account's username (named with the problems). */
  readonly username: string;
  readonly result?: ExpiringResult;
  readonly error?: string;
}

export function expiringSummary(days: number, outcomes: readonly AccountOutcome[]): string {
  const count = outcomes.reduce((n, o) => n + (o.result?.entries.length ?? 0), 0);
  const searched = outcomes.reduce((n, o) => n + (o.result?.searched ?? 0), 0);
  const where = groupsAndProjects(searched);
  const head = count === 0
    ? `Nothing expires within ${days} days (${where}).`
    : `${count} ${count === 1 ? 'membership or invitation expires' : 'memberships and invitations expire'} within ${days} days, soonest first (${where}).`;
  const problems = outcomes.flatMap((o) => [
    ...(o.error ? [`@${o.username}: ${o.error}`] : []),
    ...(o.result?.failures ?? []).map((f) => `${f.source.fullPath}: ${f.message}`),
  ].map((p) => p.replace(/\.$/, '')));
  const notChecked = problems.length ? ` Not checked: ${problems.slice(0, 3).join('; ')}${problems.length > 3 ? '; …' : ''}.` : '';
  const truncated = outcomes.filter((o) => o.result?.truncated);
  const stopped = truncated.length === 0 ? '' : ` Stopped after the first ${truncated.map((o) => thousands(o.result!.searched)).join(' and ')} groups and projects${
    outcomes.length > 1 ? ` of ${truncated.map((o) => `@${o.username}`).join(' and ')}` : ''}: the rest were not checked.`;
  return head + notChecked + stopped;
}
