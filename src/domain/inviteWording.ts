/**
 * The words for what an invitation did, or would do, to one recipient: the same in the invite form, its
 * notification, bulk reports and the membership-file report. GitLab answers a successful invite with a bare
 * `{"status":"success"}`; what the recipient held before (inviteStanding.ts) says what that success was. Pure.
 */
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
  if (s.as === 'invitation') return `invited here as ${role(s)}`;
  if (s.as === 'inherited') return `${role(s)} through ${s.from || 'a shared group'}`;
  return `${role(s)} here`;
}

/** What sending at `level` (and `expiresAt`) would do to someone who holds `s`, on a server that updates them or not. */
export function reviewText(s: Standing, level: AccessLevel, expiresAt: string | null, server: ServerUpdates): { text: string; canInclude: boolean } {
  const held = capitalize(heldText(s));
  const want = roleName(level);
  if (s.as === 'inherited') {
    if (!s.from) return { text: `${held}: sending adds a direct ${want} membership here.`, canInclude: true };
    if (level < s.accessLevel) return { text: `${held}: GitLab refuses a lower role (${want}) here.`, canInclude: false };
    if (level === s.accessLevel) return { text: `${held}: a direct ${want} membership here adds nothing now, but stays if they leave ${s.from || 'that group'}.`, canInclude: true };
    return { text: `${held}: sending would make them a direct ${want} here.`, canInclude: true };
  }
  if (s.inheritedLevel !== undefined && level < s.inheritedLevel) {
    return { text: `${held}, ${roleName(s.inheritedLevel)} in a parent group: GitLab refuses a role below that (${want}).`, canInclude: false };
  }
  const updated = s.as === 'invitation' ? server.invitations : server.members;
  if (!updated) {
    const what = s.as === 'invitation' ? 'the invitation' : 'their role';
    return { text: `${held}: this GitLab version leaves ${what} unchanged and answers that they are already there.`, canInclude: true };
  }
  const expiry = expiryChange(s.expiresAt, expiresAt);
  if (s.as === 'invitation') {
    const change = level === s.accessLevel ? 'renew the invitation as it is' : `update the invitation to ${want}`;
    return { text: `${held}: sending would ${change}${expiry}.`, canInclude: true };
  }
  if (level === s.accessLevel) return { text: expiry ? `${held}: sending at ${want} would keep their role${expiry}.` : `${held}: sending at ${want} changes nothing.`, canInclude: true };
  return { text: `${held}: sending at ${want} would change their role to ${want}${expiry}.`, canInclude: true };
}

/** GitLab sets the expiry to what the invitation says: none clears it. */
function expiryChange(had: string | null, wants: string | null): string {
  if ((had ?? null) === (wants ?? null)) return '';
  return wants ? ` and make their access expire on ${wants}` : ` and remove their expiry (${had})`;
}

/** One recipient's result: `Invited`, `Role changed from Maintainer to Developer`, `Invitation updated`, … */
export function outcomeText(o: Pick<InviteOutcome, 'status' | 'message' | 'before' | 'accessLevel' | 'expiresAt'>): string {
  const to = o.accessLevel === undefined ? undefined : roleName(o.accessLevel);
  const b = o.before;
  switch (o.status) {
    case 'invited':
      return b?.as === 'inherited' ? `Invited (was ${heldText(b)})` : 'Invited';
    case 'changed': {
      const expiry = b && o.expiresAt !== undefined && (b.expiresAt ?? null) !== o.expiresAt ? `expiry ${o.expiresAt ? `set to ${o.expiresAt}` : 'removed'}` : '';
      if (!b || !to) return 'Role changed';
      if (b.accessLevel === o.accessLevel) return `Role kept (${to}); ${expiry || 'expiry changed'}`;
      return `Role changed from ${role(b)} to ${to}${expiry ? `; ${expiry}` : ''}`;
    }
    case 'updated':
      return b && to && b.accessLevel !== o.accessLevel ? `Invitation updated from ${role(b)} to ${to}` : 'Invitation updated';
    case 'already':
      if (b?.as === 'member' && b.accessLevel === o.accessLevel) return 'Already a member with the same role';
      return o.message ? `Already there: ${o.message}` : 'Already there';
    case 'left':
      return b ? `Left out: ${heldText(b)}; not sent` : 'Left out; not sent';
    case 'failed':
      return `Failed: ${o.message ?? 'GitLab did not say why.'}`;
  }
}

/** A short label for counts: `2 invited, 1 role changed, …`. */
export const STATUS_LABEL: Readonly<Record<InviteOutcome['status'], string>> = {
  invited: 'invited', changed: 'role changed', updated: 'invitation updated', already: 'already there', left: 'left out', failed: 'failed',
};

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
