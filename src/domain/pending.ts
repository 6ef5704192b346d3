/** Matching a member or an invitation to its row in GitLab's `pending_members` list. Pure. */
import type { PendingMember } from '../gitlab/types';

/** Only rows still waiting count: GitLab lists approved invitations there too. */
export function awaitingOnly(rows: readonly PendingMember[]): PendingMember[] {
  return rows.filter((p) => p.approved === false);
}

/** The pending row for a member (by username) or an invitation (by email), case-insensitively. */
export function findPending(rows: readonly PendingMember[], who: { readonly username?: string; readonly email?: string }): PendingMember | undefined {
  const username = who.username?.toLowerCase();
  const email = who.email?.toLowerCase();
  return awaitingOnly(rows).find((p) => (username !== undefined && p.username?.toLowerCase() === username)
    || (email !== undefined && p.invited && p.email?.toLowerCase() === email));
}
