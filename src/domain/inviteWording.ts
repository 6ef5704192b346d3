/**
 * The words for what an invitation did, or would do, to one recipient: the same in the invite form, its
 * notification, bulk reports and the membership-file report. GitLab answers a successful invite with a bare
 * `{"status":"success"}`; what the recipient held before (inviteStanding.ts) says what that success was. Pure.
 */
import * as l10n from '@vscode/l10n';
import type { AccessLevel, InviteOutcome, Standing } from '../gitlab/types';
import { roleName } from './roles';

/**
 * What a GitLab version does when someone who already has something here is invited again: from 14.9 an
 * existing member's role (and expiry) is set to what the invitation says (app/services/members/creator_service.rb,
 * `find_or_initialize_by(user_id:)`); from about 15.8 a pending invitation of the same email is updated too
 * (invite_member_builder.rb, `find_or_initialize_by(invite_email:)`). Before, GitLab answered "User already exists
 * in source" and "Invite email has already been taken".
 */
export const INVITE_UPDATES = { members: '14.9', invitations: '15.8', usersById: '14.10' } as const;

export interface ServerUpdates {
  readonly members: boolean;
  readonly invitations: boolean;
  /** Users picked by name are invited by id (14.10+); before, they are added through POST /members, which refuses existing members. */
  readonly usersById?: boolean;
}

const role = (s: Standing): string => s.roleName ?? roleName(s.accessLevel);

/** `Maintainer here`, `invited here as Reporter`, `Developer through acme`. */
export function heldText(s: Standing): string {
  if (s.as === 'invitation') return l10n.t('invited here as {0}', role(s));
  if (s.as === 'inherited') return s.from ? l10n.t('{0} through {1}', role(s), s.from) : l10n.t('{0} through a shared group', role(s));
  return l10n.t({ message: '{0} here', args: [role(s)], comment: ['{0} is a role: the person is a member of this group or project with that role'] });
}

/** What sending at `level` (and `expiresAt`) would do to someone who holds `s`, on a server that updates them or not. */
export function reviewText(s: Standing, level: AccessLevel, expiresAt: string | null, server: ServerUpdates): { text: string; canInclude: boolean } {
  const held = capitalize(heldText(s));
  const want = roleName(level);
  if (s.as === 'inherited') {
    if (!s.from) return { text: l10n.t('{0}: sending adds a direct {1} membership here.', held, want), canInclude: true };
    if (level < s.accessLevel) return { text: l10n.t('{0}: GitLab refuses a lower role ({1}) here.', held, want), canInclude: false };
    if (level === s.accessLevel) {
      return { text: l10n.t('{0}: a direct {1} membership here adds nothing now, but stays if they leave {2}.', held, want, s.from || l10n.t('that group')), canInclude: true };
    }
    return { text: l10n.t('{0}: sending would make them a direct {1} here.', held, want), canInclude: true };
  }
  if (s.inheritedLevel !== undefined && level < s.inheritedLevel) {
    return { text: l10n.t('{0}, {1} in a parent group: GitLab refuses a role below that ({2}).', held, roleName(s.inheritedLevel), want), canInclude: false };
  }
  const updated = s.as === 'invitation' ? server.invitations : server.members;
  if (!updated) {
    const text = s.as === 'invitation'
      ? l10n.t('{0}: this GitLab version leaves the invitation unchanged and answers that they are already there.', held)
      : l10n.t('{0}: this GitLab version leaves their role unchanged and answers that they are already there.', held);
    return { text, canInclude: true };
  }
  const expiry = expiryChange(s.expiresAt, expiresAt);
  if (s.as === 'invitation') {
    if (level === s.accessLevel) {
      const text = expiry.kind === 'set' ? l10n.t('{0}: sending would renew the invitation as it is and make their access expire on {1}.', held, expiry.date)
        : expiry.kind === 'removed' ? l10n.t('{0}: sending would renew the invitation as it is and remove their expiry ({1}).', held, expiry.date)
        : l10n.t('{0}: sending would renew the invitation as it is.', held);
      return { text, canInclude: true };
    }
    const text = expiry.kind === 'set' ? l10n.t('{0}: sending would update the invitation to {1} and make their access expire on {2}.', held, want, expiry.date)
      : expiry.kind === 'removed' ? l10n.t('{0}: sending would update the invitation to {1} and remove their expiry ({2}).', held, want, expiry.date)
      : l10n.t('{0}: sending would update the invitation to {1}.', held, want);
    return { text, canInclude: true };
  }
  if (level === s.accessLevel) {
    const text = expiry.kind === 'set' ? l10n.t('{0}: sending at {1} would keep their role and make their access expire on {2}.', held, want, expiry.date)
      : expiry.kind === 'removed' ? l10n.t('{0}: sending at {1} would keep their role and remove their expiry ({2}).', held, want, expiry.date)
      : l10n.t('{0}: sending at {1} changes nothing.', held, want);
    return { text, canInclude: true };
  }
  const text = expiry.kind === 'set' ? l10n.t('{0}: sending at {1} would change their role to {1} and make their access expire on {2}.', held, want, expiry.date)
    : expiry.kind === 'removed' ? l10n.t('{0}: sending at {1} would change their role to {1} and remove their expiry ({2}).', held, want, expiry.date)
    : l10n.t('{0}: sending at {1} would change their role to {1}.', held, want);
  return { text, canInclude: true };
}

type ExpiryChange = { readonly kind: 'same' } | { readonly kind: 'set' | 'removed'; readonly date: string };

/** GitLab sets the expiry to what the invitation says: none clears it (`date`: the new one, or the one removed). */
function expiryChange(had: string | null, wants: string | null): ExpiryChange {
  if ((had ?? null) === (wants ?? null)) return { kind: 'same' };
  return wants ? { kind: 'set', date: wants } : { kind: 'removed', date: String(had) };
}

/** One recipient's result: `Invited`, `Role changed from Maintainer to Developer`, `Invitation updated`, … */
export function outcomeText(o: Pick<InviteOutcome, 'status' | 'message' | 'before' | 'accessLevel' | 'expiresAt'>): string {
  const to = o.accessLevel === undefined ? undefined : roleName(o.accessLevel);
  const b = o.before;
  switch (o.status) {
    case 'invited':
      return b?.as === 'inherited' ? l10n.t('Invited (was {0})', heldText(b)) : l10n.t({ message: 'Invited', comment: ['result of one recipient of an invitation'] });
    case 'changed': {
      // The expiry changed too: set to a date, or removed.
      const expiry = b && o.expiresAt !== undefined && (b.expiresAt ?? null) !== o.expiresAt ? { date: o.expiresAt } : undefined;
      if (!b || !to) return l10n.t('Role changed');
      if (b.accessLevel === o.accessLevel) {
        return !expiry ? l10n.t('Role kept ({0}); expiry changed', to)
          : expiry.date ? l10n.t('Role kept ({0}); expiry set to {1}', to, expiry.date) : l10n.t('Role kept ({0}); expiry removed', to);
      }
      return !expiry ? l10n.t('Role changed from {0} to {1}', role(b), to)
        : expiry.date ? l10n.t('Role changed from {0} to {1}; expiry set to {2}', role(b), to, expiry.date)
        : l10n.t('Role changed from {0} to {1}; expiry removed', role(b), to);
    }
    case 'updated':
      return b && to && b.accessLevel !== o.accessLevel ? l10n.t('Invitation updated from {0} to {1}', role(b), to) : l10n.t('Invitation updated');
    case 'already':
      if (b?.as === 'member' && b.accessLevel === o.accessLevel) return l10n.t('Already a member with the same role');
      return o.message ? l10n.t('Already there: {0}', o.message) : l10n.t('Already there');
    case 'left':
      return b ? l10n.t('Left out: {0}; not sent', heldText(b)) : l10n.t('Left out; not sent');
    case 'failed':
      return l10n.t('Failed: {0}', o.message ?? l10n.t('GitLab did not say why.'));
  }
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
