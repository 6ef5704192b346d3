// What kind of GitLab the emulator is: edition, tier and whether it is GitLab.com. Selected with --edition,
// --tier and --dotcom (cli.ts) or `EmulatorOptions.instance`; the default is a self-managed Ultimate EE, where
// every endpoint the extension uses exists.
//
// - Community Edition has no `ee/` code: billable members, pending members, membership state, LDAP override and
//   member roles are routes it does not have (404 "404 Not Found" from Grape's catch-all, lib/api/api.rb).
// - The tier is the namespace's plan. On GitLab.com an Ultimate namespace does not bill Guests
//   (ee/app/models/ee/namespace.rb `exclude_guests?`: the plan is Ultimate or Gold); self-managed namespaces have
//   the default plan, whatever the licence, so their Guests count as seats.

export type Edition = 'ce' | 'ee';
export type Tier = 'free' | 'premium' | 'ultimate';

export interface Instance {
  readonly edition: Edition;
  readonly tier: Tier;
  /** GitLab.com (SaaS): plans per top-level group. */
  readonly dotcom: boolean;
}

export const DEFAULT_INSTANCE: Instance = { edition: 'ee', tier: 'ultimate', dotcom: false };

export const EDITIONS: readonly Edition[] = ['ce', 'ee'];
export const TIERS: readonly Tier[] = ['free', 'premium', 'ultimate'];

/** GitLab's `exclude_guests?` for a top-level group of this instance. */
export function excludesGuests(i: Instance): boolean {
  return i.dotcom && i.tier === 'ultimate';
}
