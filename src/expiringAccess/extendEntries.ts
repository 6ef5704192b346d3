/**
 * Extends memberships and invitations, keeping each one's role: one change per entry, the rest carried on when
 * one fails. A group share cannot be extended (no API changes its end date): it fails with the reason.
 * Pure over the API layer.
 */
import * as l10n from '@vscode/l10n';
import { runItems, type ItemResult, type RunOptions } from '../bulk/runItems';
import type { GitLabApi } from '../gitlab/api';
import type { ExpiringEntry } from './collectExpiring';
import { extendedExpiry } from './extendDate';

export type Extension = { readonly byDays: number } | { readonly toDate: string };

export interface Extended {
  readonly entry: ExpiringEntry;
  readonly newDate: string;
}

/** What each entry's new date would be. */
export function planExtension(entries: readonly ExpiringEntry[], how: Extension, now: Date): Extended[] {
  return entries.map((entry) => ({
    entry,
    newDate: 'toDate' in how ? how.toDate : extendedExpiry(entry.expiresAt, how.byDays, now),
  }));
}

/**
 * For "Extend to a date": an entry that already expires on that date or later is not extended by moving it
 * there (that would shorten it, or change nothing): the reason, or undefined when the entry may be extended.
 */
export function notExtendedTo(entry: ExpiringEntry, toDate: string): string | undefined {
  const current = entry.expiresAt.slice(0, 10);
  if (current === toDate) return l10n.t('already expires on {0}', toDate);
  return current > toDate ? l10n.t('already expires {0}, after {1}: not shortened', current, toDate) : undefined;
}

export function extendAll(api: GitLabApi, items: readonly Extended[], opts: RunOptions = {}): Promise<Array<ItemResult<Extended>>> {
  return runItems(items, ({ entry, newDate }) => {
    const ref = { kind: entry.source.kind, id: entry.source.id };
    if (entry.kind === 'invitation') return api.editInvitation(ref, entry.invitation.email, { expiresAt: newDate }, { signal: opts.signal });
    if (entry.kind === 'share') return Promise.reject(new Error(l10n.t("GitLab's API cannot change a share's end date: remove the share and invite the group again.")));
    const { accessLevel, memberRoleId } = entry.member;
    return api.editMember(ref, entry.member.id, { accessLevel, expiresAt: newDate, ...(memberRoleId ? { memberRoleId } : {}) }, { signal: opts.signal });
  }, opts);
}
