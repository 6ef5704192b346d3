/**
 * The line at the top of "Expiring Access": how many rows within how many days, across how many groups and
 * projects, how many of them are group shares (which cannot be extended here), what could not be checked (an account or a source that failed), and that the scan stopped at its
 * limit when an account has more groups and projects than it visits. Pure.
 */
import * as l10n from '@vscode/l10n';
import { groupsAndProjects, thousands } from '../domain/counts';
import type { ExpiringResult } from './collectExpiring';

export interface AccountOutcome {
  /** The account's username (named with the problems). */
  readonly username: string;
  readonly result?: ExpiringResult;
  readonly error?: string;
}

export function expiringSummary(days: number, outcomes: readonly AccountOutcome[]): string {
  const shares = outcomes.reduce((n, o) => n + (o.result?.entries.filter((e) => e.kind === 'share').length ?? 0), 0);
  const count = outcomes.reduce((n, o) => n + (o.result?.entries.length ?? 0), 0) - shares;
  const searched = outcomes.reduce((n, o) => n + (o.result?.searched ?? 0), 0);
  const where = groupsAndProjects(searched);
  const head = count === 0 && shares === 0 ? l10n.t('Nothing expires within {0} days ({1}).', days, where)
    : count === 0 ? l10n.t('No membership or invitation expires within {0} days ({1}).', days, where)
    : count === 1 ? l10n.t('1 membership or invitation expires within {0} days, soonest first ({1}).', days, where)
    : l10n.t('{0} memberships and invitations expire within {1} days, soonest first ({2}).', count, days, where);
  const problems = outcomes.flatMap((o) => [
    ...(o.error ? [`@${o.username}: ${o.error}`] : []),
    ...(o.result?.failures ?? []).map((f) => `${f.source.fullPath}: ${f.message}`),
  ].map((p) => p.replace(/\.$/, '')));
  const sharesLine = shares === 0 ? undefined
    : shares === 1 ? l10n.t('1 group share ends within {0} days: to change its end date, remove it and invite the group again.', days)
    : l10n.t('{0} group shares end within {1} days: to change one\'s end date, remove it and invite the group again.', shares, days);
  const notChecked = problems.length ? l10n.t('Not checked: {0}.', `${problems.slice(0, 3).join('; ')}${problems.length > 3 ? '; …' : ''}`) : undefined;
  const truncated = outcomes.filter((o) => o.result?.truncated);
  const firsts = () => and(truncated.map((o) => thousands(o.result!.searched)));
  const stopped = truncated.length === 0 ? undefined
    : outcomes.length > 1 ? l10n.t('Stopped after the first {0} groups and projects of {1}: the rest were not checked.', firsts(), and(truncated.map((o) => `@${o.username}`)))
    : l10n.t('Stopped after the first {0} groups and projects: the rest were not checked.', firsts());
  return [head, sharesLine, notChecked, stopped].filter(Boolean).join(' ');
}

/** `1,000 and 1,000`, `@a and @b` (`a and b and c` for three). */
function and(items: readonly string[]): string {
  return items.reduce((list, item) => l10n.t({ message: '{0} and {1}', args: [list, item], comment: ['joins two items of a list: numbers of groups and projects, or usernames'] }));
}
