// Who can see and manage what: effective (inherited) access, the inherited-role floor, members/all.
import { todayDate } from './dates';
import { GUEST, MAINTAINER, MINIMAL, OWNER } from './roles';
import type { Store } from './store';
import type { Group, Membership, Project, Source } from './types';

/**
 * A membership that currently grants access: active (not awaiting approval) and not expired. GitLab counts a
 * membership as expired from its expires_at day on (Member.not_expired: expires_at > today), and its daily
 * worker removes it (expiredWorker.ts).
 */
export function grantsAccess(m: Membership): boolean {
  return m.state === 'active' && !isExpired(m.expiresAt);
}

export function isExpired(expiresAt: string | null): boolean {
  return expiresAt !== null && expiresAt <= todayDate();
}

/**
 * Highest access the user has on the source: directly, through ancestor groups, through a group the source or
 * one of its ancestor groups is shared with (its direct members, capped at what the link grants:
 * Member.with_group_group_sharing_access), or for a project through a group the project is shared with (that
 * group's members with its ancestors', capped) (0 = none).
 */
export function effectiveAccess(store: Store, userId: number, source: Source): number {
  let best = 0;
  for (const s of store.chain(source)) {
    const m = store.directMember(s, userId);
    if (m && grantsAccess(m) && m.accessLevel > best) best = m.accessLevel;
    if (s.kind !== 'group') continue;
    for (const { group, link } of store.sharesOf(s)) {
      const viaLink = store.directMember(group, userId);
      if (viaLink && grantsAccess(viaLink) && viaLink.accessLevel > MINIMAL) best = Math.max(best, Math.min(link.access, viaLink.accessLevel));
    }
  }
  if (source.kind === 'project') {
    for (const { group, link } of store.sharesOf(source)) best = Math.max(best, Math.min(link.access, effectiveAccess(store, userId, group)));
  }
  return best;
}

/** Highest membership of the user in the ancestors of the source (not the source itself). */
export function inheritedAccess(store: Store, userId: number, source: Source): { level: number; group: Group } | null {
  let best: { level: number; group: Group } | null = null;
  for (const s of store.chain(source).slice(1)) {
    const m = store.directMember(s, userId);
    if (!m || isExpired(m.expiresAt)) continue;
    if (s.kind === 'group' && (!best || m.accessLevel > best.level)) best = { level: m.accessLevel, group: s };
  }
  return best;
}

export interface EffectiveMember {
  membership: Membership;
  source: Source;
}

/**
 * members/all: each user once with the highest access level across the source and its ancestors, the direct
 * members of the groups the source or its ancestors are shared with (GroupMembersFinder's shared_from_groups,
 * capped at the link's role, no Minimal Access), and for a project the members of the groups it is shared with
 * (with those groups' ancestors: MembersFinder's invited_groups, capped).
 */
export function effectiveMembers(store: Store, source: Source): EffectiveMember[] {
  const byUser = new Map<number, EffectiveMember>();
  const offer = (membership: Membership, from: Source, cap = Infinity) => {
    const capped = membership.accessLevel > cap ? { ...membership, accessLevel: cap } : membership;
    const prev = byUser.get(capped.userId);
    if (!prev || capped.accessLevel > prev.membership.accessLevel) byUser.set(capped.userId, { membership: capped, source: from });
  };
  for (const s of store.chain(source)) {
    for (const m of store.directMembers(s)) offer(m, s);
    if (s.kind !== 'group') continue;
    for (const { group, link } of store.sharesOf(s)) {
      for (const m of store.directMembers(group)) if (m.accessLevel > MINIMAL) offer(m, group, link.access);
    }
  }
  if (source.kind === 'project') {
    for (const { group, link } of store.sharesOf(source)) {
      for (const { membership: m, source: from } of effectiveMembers(store, group)) if (m.accessLevel > MINIMAL) offer(m, from, link.access);
    }
  }
  return [...byUser.values()].sort((a, b) => a.membership.id - b.membership.id);
}

function hasGrantBelow(store: Store, userId: number, group: Group): boolean {
  return store.hierarchy(group).some((s) => {
    const m = store.directMember(s, userId);
    return !!m && grantsAccess(m);
  });
}

export function isAdmin(store: Store, userId: number): boolean {
  return store.userById(userId)?.isAdmin === true;
}

/** A group the user belongs to (what `GET /groups?all_available=false` lists): a membership in it, above or below it. */
export function belongsToGroup(store: Store, userId: number, group: Group): boolean {
  return effectiveAccess(store, userId, group) >= MINIMAL || hasGrantBelow(store, userId, group);
}

/** Private groups are visible to those who belong to them, and to administrators. */
export function canSeeGroup(store: Store, userId: number, group: Group): boolean {
  return group.visibility !== 'private' || isAdmin(store, userId) || belongsToGroup(store, userId, group);
}

export function canSeeProject(store: Store, userId: number, project: Project): boolean {
  if (project.visibility !== 'private' || isAdmin(store, userId)) return true;
  return effectiveAccess(store, userId, project) >= GUEST;
}

export function canSee(store: Store, userId: number, source: Source): boolean {
  return source.kind === 'group' ? canSeeGroup(store, userId, source) : canSeeProject(store, userId, source);
}

/** Managing members: Owner of a group; Maintainer or higher of a project (inherited counts); administrators. */
export function canManageMembers(store: Store, userId: number, source: Source): boolean {
  if (isAdmin(store, userId)) return true;
  const level = effectiveAccess(store, userId, source);
  return source.kind === 'group' ? level >= OWNER : level >= MAINTAINER;
}

/** Distinct users holding active Owner in the group or its ancestors. */
export function ownerIds(store: Store, group: Group): Set<number> {
  const ids = new Set<number>();
  for (const s of store.chain(group)) {
    for (const m of store.directMembers(s)) if (m.accessLevel >= OWNER && grantsAccess(m)) ids.add(m.userId);
  }
  return ids;
}
