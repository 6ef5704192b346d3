// Who takes a seat in a top-level group (GitLab's billed users: ee/app/finders/namespaces/billed_users_finder.rb,
// ee/app/models/ee/group.rb `billed_*_users`): the union of
// - members of the group and its subgroups, and of their projects (type group_member, project_member);
// - members of groups its projects are shared with, and of those groups' ancestors (type project_invite);
// counting only active users with an active membership (not awaiting approval, not an invitation or access
// request) and not Minimal Access; on a GitLab.com Ultimate plan Guests do not count (instance.ts).
// `removable`: a direct member in the hierarchy (DELETE billable_members can take them out); people who are
// there only through a share are not (ee/lib/api/entities/billable_member.rb).
// Not modelled: groups shared with groups (group_invite), bots, bans, Guests with a custom role that takes a seat.
import { excludesGuests } from './instance';
import { GUEST, MINIMAL, OWNER } from './roles';
import type { Store } from './store';
import type { Group, Membership, Source, User } from './types';

export type MembershipType = 'group_member' | 'project_member' | 'group_invite' | 'project_invite';

export interface BilledUser {
  readonly user: User;
  readonly type: MembershipType;
  readonly removable: boolean;
}

function takesSeat(store: Store, m: Membership): boolean {
  if (m.state !== 'active' || m.accessLevel === MINIMAL) return false;
  if (excludesGuests(store.instance) && m.accessLevel <= GUEST) return false;
  return store.userById(m.userId)?.state === 'active';
}

/** Billed users of a top-level group, by user id, each with its first membership type (in the order above). */
export function billedUsers(store: Store, root: Group): Map<number, BilledUser> {
  const out = new Map<number, BilledUser>();
  const offer = (sources: Source[], type: MembershipType) => {
    for (const s of sources) {
      for (const m of store.directMembers(s)) {
        if (out.has(m.userId) || !takesSeat(store, m)) continue;
        out.set(m.userId, { user: store.userById(m.userId) as User, type, removable: type === 'group_member' || type === 'project_member' });
      }
    }
  };
  const sources = store.hierarchy(root);
  offer(sources.filter((s) => s.kind === 'group'), 'group_member');
  offer(sources.filter((s) => s.kind === 'project'), 'project_member');
  const sharedWith = sources.flatMap((s) => (s.kind === 'project' ? store.sharesOf(s).map((x) => x.group) : []));
  offer(sharedWith.flatMap((g) => store.chain(g)), 'project_invite');
  return out;
}

/** GitLab's `is_last_owner`: the only Owner of the top-level group. */
export function isLastOwner(store: Store, root: Group, userId: number): boolean {
  const owners = store.directMembers(root).filter((m) => m.accessLevel >= OWNER && m.state === 'active');
  return owners.length === 1 && owners[0].userId === userId;
}

/** A user's direct memberships in the hierarchy (`user.members.in_hierarchy(group)`), in member id order. */
export function membershipsInHierarchy(store: Store, root: Group, userId: number): Array<{ source: Source; membership: Membership }> {
  return store.hierarchy(root)
    .flatMap((source) => {
      const membership = store.directMember(source, userId);
      return membership ? [{ source, membership }] : [];
    })
    .sort((a, b) => a.membership.id - b.membership.id);
}

/** Memberships through shares (`billable_members/:user_id/indirect`): the shared groups the user is a member of. */
export function indirectMemberships(store: Store, root: Group, userId: number): Array<{ source: Source; membership: Membership }> {
  const seen = new Set<number>();
  const out: Array<{ source: Source; membership: Membership }> = [];
  for (const s of store.hierarchy(root)) {
    if (s.kind !== 'project') continue;
    for (const { group } of store.sharesOf(s)) {
      for (const g of store.chain(group)) {
        const membership = g.kind === 'group' ? store.directMember(g, userId) : undefined;
        if (!membership || seen.has(membership.id) || !takesSeat(store, membership)) continue;
        seen.add(membership.id);
        out.push({ source: g, membership });
      }
    }
  }
  return out;
}
