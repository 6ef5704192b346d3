/**
 * The invite form's review before a send: each recipient who already holds a membership or invitation here,
 * with what sending would do to them, left out unless ticked; and a caution for addresses GitLab would not
 * match to a user (a member's private email cannot be told apart from a new address). Pure.
 */
import * as l10n from '@vscode/l10n';
import type { InviteeCheck } from '../gitlab/inviteStanding';
import type { AccessLevel } from '../gitlab/types';
import type { ReviewItem } from '../shared/protocol';
import { reviewText, type ServerUpdates } from './inviteWording';

/** The form's key for a recipient: `email:<address>` or `user:<username>`, lower-cased (as its chips). */
export function reviewKey(check: Pick<InviteeCheck, 'recipient'>): string {
  return `${check.recipient.kind}:${check.recipient.name.toLowerCase()}`;
}

export interface InviteReviewText {
  readonly items: ReviewItem[];
  readonly note?: string;
}

/** `server`: whether this GitLab changes existing members' roles and invitations when invited again. */
export function buildReview(checks: Iterable<InviteeCheck>, level: AccessLevel, expiresAt: string | null, server: ServerUpdates): InviteReviewText {
  const items: ReviewItem[] = [];
  const unmatched: string[] = [];
  for (const check of checks) {
    if (check.standing) {
      const who = check.recipient.kind === 'user' ? `@${check.recipient.name}` : check.recipient.name;
      // Below 14.10 a user picked by name is added through POST /members, which refuses an existing member.
      const here = check.recipient.kind === 'user' && server.usersById === false ? { ...server, members: false } : server;
      const { text, canInclude } = reviewText(check.standing, level, expiresAt, here);
      items.push({ key: reviewKey(check), text: `${who}: ${text}`, canInclude });
    } else if (check.unmatched) unmatched.push(check.recipient.name);
  }
  const note = server.members ? unmatchedNote(unmatched) : undefined;
  return { items, ...(note ? { note } : {}) };
}

/** GitLab shows a user's email only when it is public (or to administrators). */
export function unmatchedNote(emails: readonly string[]): string | undefined {
  if (emails.length === 0) return undefined;
  const first = emails.slice(0, 3).join(', ');
  const shown = emails.length > 3 ? l10n.t('{0} and {1} more', first, emails.length - 3) : first;
  return emails.length === 1
    ? l10n.t('GitLab does not show whether {0} belongs to an existing user (their email may be private): if it belongs to a member here, an invitation changes their role.', shown)
    : l10n.t('GitLab does not show whether {0} belong to an existing user (their email may be private): if one belongs to a member here, an invitation changes their role.', shown);
}
