/**
 * The difference between what a membership file wants for one group or project and what GitLab has: who to
 * add, invite, change (role or expiry), remove or revoke, and what stays as it is. Removals only when the file
 * says `removeUnlisted: true`, and never the person applying it. Usernames and emails compare case-insensitively.
 * Only direct members count: inherited access is declared where it is held. Pure.
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
  | { readonly kind: 'expired'; readonly who: string; readonly spec: MemberSpec | InvitationSpec };

export interface SourceState {
  readonly source: Source;
  /** Direct members only. */
  readonly members: readonly Member[];
  readonly invitations: readonly Invitation[];
  /** The users the file names who are not members yet, as GitLab found them (undefined: no such user). */
  readonly users: ReadonlyMap<string, UserSummary | undefined>;
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
  for (const wanted of spec.invitations) {
    if (wanted.expired) {
      notes.push({ kind: 'expired', who: wanted.email, spec: wanted });
      continue;
    }
    const have = invitations.get(wanted.email.toLowerCase());
    const want = { accessLevel: wanted.accessLevel, expiresAt: wanted.expiresAt };
    if (!have) items.push({ op: 'invite', email: wanted.email, want });
    else if (differs(have, want)) items.push({ op: 'changeInvitation', invitation: have, want });
  }
  const listedUsers = new Set(spec.members.map((m) => m.username.toLowerCase()));
  const listedEmails = new Set(spec.invitations.map((i: InvitationSpec) => i.email.toLowerCase()));
  for (const member of state.members) {
    if (listedUsers.has(member.username.toLowerCase())) continue;
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
