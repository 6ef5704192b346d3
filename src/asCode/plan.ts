/**
 * The difference between what a membership file wants for one group or project and what GitLab has: who to
 * add, invite, change (role or expiry), remove or revoke, and what stays as it is. Removals only when the file
 * says `removeUnlisted: true`, and never the person applying it. Usernames and emails compare case-insensitively.
 * Only direct members count: inherited access is declared where it is held. An invitation that was accepted
 * is pending no more: when GitLab reveals whose email it is, that member stands for the invitation line (its
 * role and expiry compared, never removed as unlisted); when it does not, a removal may be that person, and the
 * plan says so. Pure.
 */
import type { AccessLevel, Invitation, Member, Source, UserSummary } from '../gitlab/types';
import type { InvitationSpec, MemberSpec, SourceSpec } from './model';

export interface Wanted {
  readonly accessLevel: AccessLevel;
  readonly expiresAt: string | null;
}

export type PlanItem =
  | { readonly op: 'add'; readonly user: Pick<UserSummary, 'id' | 'username' | 'name'>; readonly want: Wanted }
  | { readonly op: 'invite'; readonly email: string; readonly want: Wanted }
  | { readonly op: 'change'; readonly member: Member; readonly want: Wanted }
  | { readonly op: 'changeInvitation'; readonly invitation: Invitation; readonly want: Wanted }
  | { readonly op: 'remove'; readonly member: Member }
  | { readonly op: 'revoke'; readonly invitation: Invitation };

export type PlanNote =
  | { readonly kind: 'unknownUser'; readonly spec: MemberSpec }
  | { readonly kind: 'keep'; readonly who: string; readonly reason: 'unlisted' | 'self' }
  | { readonly kind: 'expired'; readonly who: string; readonly spec: MemberSpec | InvitationSpec }
  /** The invitation of `email` was accepted: `member` holds it now. */
  | { readonly kind: 'accepted'; readonly email: string; readonly member: Member }
  /** Invitation lines with nothing pending whose user GitLab does not reveal, in a source with removals. */
  | { readonly kind: 'maybeAccepted'; readonly emails: readonly string[] };

export interface SourceState {
  readonly source: Source;
  /** Direct members only. */
  readonly members: readonly Member[];
  readonly invitations: readonly Invitation[];
  /** The users the file names who are not members yet, as GitLab found them (undefined: no such user). */
  readonly users: ReadonlyMap<string, UserSummary | undefined>;
  /**
   * Emails of invitation lines with no pending invitation, and the user each belongs to where GitLab's user
   * search reveals it (undefined: not revealed, or no such user). Absent: not looked up.
   */
  readonly invitedUsers?: ReadonlyMap<string, UserSummary | undefined>;
  /** The signed-in user: never removed by a plan. */
  readonly selfId: number;
}

export interface SourcePlan {
  readonly spec: SourceSpec;
  readonly source?: Source;
  readonly items: readonly PlanItem[];
  readonly notes: readonly PlanNote[];
  /** Why this group or project could not be planned (not found, no permission, …). */
  readonly error?: string;
}

export function planSource(spec: SourceSpec, state: SourceState): SourcePlan {
  const items: PlanItem[] = [];
  const notes: PlanNote[] = [];
  const members = new Map(state.members.map((m) => [m.username.toLowerCase(), m]));
  const invitations = new Map(state.invitations.map((i) => [i.email.toLowerCase(), i]));
  for (const wanted of spec.members) {
    if (wanted.expired) {
      notes.push({ kind: 'expired', who: `@${wanted.username}`, spec: wanted });
      continue;
    }
    const have = members.get(wanted.username.toLowerCase());
    const want = { accessLevel: wanted.accessLevel, expiresAt: wanted.expiresAt };
    if (have) {
      if (differs(have, want)) items.push({ op: 'change', member: have, want });
      continue;
    }
    const user = state.users.get(wanted.username.toLowerCase());
    if (user) items.push({ op: 'add', user: { id: user.id, username: user.username, name: user.name }, want });
    else notes.push({ kind: 'unknownUser', spec: wanted });
  }
  const byId = new Map(state.members.map((m) => [m.id, m]));
  const accepted = new Set<number>();
  const unrevealed: string[] = [];
  for (const wanted of spec.invitations) {
    if (wanted.expired) {
      notes.push({ kind: 'expired', who: wanted.email, spec: wanted });
      continue;
    }
    const have = invitations.get(wanted.email.toLowerCase());
    const want = { accessLevel: wanted.accessLevel, expiresAt: wanted.expiresAt };
    if (have) {
      if (differs(have, want)) items.push({ op: 'changeInvitation', invitation: have, want });
      continue;
    }
    const user = state.invitedUsers?.get(wanted.email.toLowerCase());
    const member = user ? byId.get(user.id) : undefined;
    if (member) {
      accepted.add(member.id);
      notes.push({ kind: 'accepted', email: wanted.email, member });
      if (differs(member, want)) items.push({ op: 'change', member, want });
      continue;
    }
    if (!user) unrevealed.push(wanted.email);
    items.push({ op: 'invite', email: wanted.email, want });
  }
  const listedUsers = new Set(spec.members.map((m) => m.username.toLowerCase()));
  const listedEmails = new Set(spec.invitations.map((i: InvitationSpec) => i.email.toLowerCase()));
  for (const member of state.members) {
    if (listedUsers.has(member.username.toLowerCase()) || accepted.has(member.id)) continue;
    const who = `@${member.username}`;
    if (!spec.removeUnlisted) notes.push({ kind: 'keep', who, reason: 'unlisted' });
    else if (member.id === state.selfId) notes.push({ kind: 'keep', who, reason: 'self' });
    else items.push({ op: 'remove', member });
  }
  for (const invitation of state.invitations) {
    if (listedEmails.has(invitation.email.toLowerCase())) continue;
    if (spec.removeUnlisted) items.push({ op: 'revoke', invitation });
    else notes.push({ kind: 'keep', who: invitation.email, reason: 'unlisted' });
  }
  if (unrevealed.length && items.some((i) => i.op === 'remove')) notes.push({ kind: 'maybeAccepted', emails: unrevealed });
  return { spec, source: state.source, items, notes };
}

function differs(have: { accessLevel: AccessLevel; expiresAt: string | null }, want: Wanted): boolean {
  return have.accessLevel !== want.accessLevel || (have.expiresAt?.slice(0, 10) ?? null) !== want.expiresAt;
}

export interface PlanCounts {
  readonly add: number;
  readonly change: number;
  readonly remove: number;
  readonly problems: number;
}

export function countPlan(plans: readonly SourcePlan[]): PlanCounts {
  const items = plans.flatMap((p) => p.items);
  const count = (...ops: Array<PlanItem['op']>) => items.filter((i) => ops.includes(i.op)).length;
  const problems = plans.filter((p) => p.error).length + plans.flatMap((p) => p.notes).filter((n) => n.kind === 'unknownUser').length;
  return { add: count('add', 'invite'), change: count('change', 'changeInvitation'), remove: count('remove', 'revoke'), problems };
}
