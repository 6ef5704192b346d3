// LDAP Group Sync, as GitLab EE has it for a group with an LDAP group link:
// - `ldap_synced?` (ee/app/models/ee/group.rb): LDAP configured and an active link; a link is active with the
//   `ldap_group_sync` licence feature (Premium and Ultimate, ee/app/models/gitlab_subscriptions/features.rb).
//   Self-managed only: GitLab.com has no LDAP. Community Edition has none of it.
// - ee/app/policies/ee/group_policy.rb: a synced group prevents `admin_group_member` (adding members, inviting)
//   for everyone but administrators; `override_group_member` is for administrators and Owners (the setting
//   `allow_group_owners_to_manage_ldap`, on by default).
// - ee/app/policies/ee/group_member_policy.rb: an LDAP member's role cannot be updated until it is overridden
//   (`ldap & ~override prevent update_group_member`); a member that is not from LDAP cannot be overridden.
//   Removing others needs admin_group_member, which the sync took: only members leaving themselves remain.
import { effectiveAccess, isAdmin } from './access';
import { OWNER } from './roles';
import type { Store } from './store';
import type { Group, Membership, Source } from './types';

export function ldapSynced(store: Store, source: Source): source is Group {
  const i = store.instance;
  return source.kind === 'group' && source.ldapLinked === true && i.edition === 'ee' && i.tier !== 'free' && !i.dotcom;
}

/** Adding members and inviting: refused in a synced group to all but administrators. */
export function ldapLocksAdding(store: Store, userId: number, source: Source): boolean {
  return ldapSynced(store, source) && !isAdmin(store, userId);
}

/** `override_group_member` on the group. */
export function mayOverride(store: Store, userId: number, group: Group): boolean {
  return ldapSynced(store, group) && (isAdmin(store, userId) || effectiveAccess(store, userId, group) >= OWNER);
}

/** An LDAP member whose role sync still sets: not to be edited (or removed) here. */
export function ldapHeld(store: Store, source: Source, m: Membership): boolean {
  return ldapSynced(store, source) && m.ldap === true && m.override !== true;
}
