/**
 * The `contextValue` of every tree row: what the row is and what the caller may do on it, so menus
 * (`view/item/context`, matched with `viewItem =~ /regex/`) only offer allowed actions. Pure: no vscode.
 *
 * Grammar:   contextValue := kind (";" flag)*
 *
 * The kind comes first, then the flags that are set, always in ROW_FLAGS' order (a flag that is not set is
 * left out). Match a flag with `(;|$)` after it, so a name never matches the start of a longer one:
 *
 *   viewItem =~ /^member;direct;canManage(;|$)/        a direct member the caller may change or remove
 *   viewItem =~ /^member;direct;canManage;self(;|$)/   … who is the caller (offer "Leave")
 *   viewItem =~ /^(group|project);canManage(;|$)/      a group or project whose members the caller manages
 *   viewItem =~ /^membersFolder;canManage(;|$)/        the Members folder there (offer "Invite…")
 *   viewItem =~ /^pendingMember;awaiting(;invited)?;canManage(;|$)/  approvable
 *   viewItem =~ /^accessRequest;canManage(;|$)/        someone who asked to join, whom the caller may approve or deny
 *   viewItem =~ /^seat;removable;canManage(;|$)/       a seat the caller may take out of the whole hierarchy
 *   viewItem =~ /;readOnly(;|$)/                       anything under a read-only (read_api) account
 *
 * Every kind and its flags, in order, are in ROW_FLAGS below: the one definition the tree builds from and the
 * menus test reads (every `viewItem` clause in package.json must match a row this table can produce).
 *
 * canManage      the caller may manage members of this group/project (Owner on a group, Maintainer+ on a
 *                project, never with a read-only token); on a member row also that this member may be changed
 *                (direct only, and a project Maintainer never touches an Owner). See permissions.ts.
 * direct/inherited  the membership is held here / comes from an ancestor (or a shared group).
 * self           the row is the signed-in user.           owner     the member's role is Owner.
 * awaiting       waiting for an Owner's approval.          blocked   the user account is blocked.
 * invited        a pending row that is an email invitation rather than a user.
 * hasEmail       GitLab shows this member's email to the caller (administrators; owners of enterprise users).
 * topLevel       a group without parent (has "Awaiting approval"); on a member row, a member of one (membership
 *                state applies there).   pinned  added with "Add group or project…".
 * partial        more pages exist ("Load all" applies).   folder (loadMore): it ends a paged folder ("Load all" too).
 * filtered / inheritedShown / sorted: the folder's view state.
 * readOnly       the account's token has no `api` scope.   tokenExpiring: the token expires within 7 days.
 * error / empty  a message row's kind.   retry: its load can be retried.   tokenMissing: the account's secret is
 *                gone.   tokenRefused: GitLab refused the token (401): the row's click signs in again.
 * accessPlace's flag says how the access is held (direct, inherited, invitation). accessListed: a place from an
 *                administrator's memberships list not read yet (no path: no actions until it is).
 * ldap / override  (member) granted by LDAP Group Sync, which sets the role / whose role was overridden here.
 * removable      (seat) GitLab can remove them from the hierarchy: a direct member there, not only through a share.
 * lastOwner      (seat) the top-level group's only Owner.    share  (seatMembership) held through a share.
 */

/** Every row kind and its flags, in the order they appear in the contextValue. */
export const ROW_FLAGS = {
  account: ['readOnly', 'tokenExpiring'],
  group: ['canManage', 'topLevel', 'pinned', 'readOnly'],
  project: ['canManage', 'pinned', 'readOnly'],
  personalProjects: [],
  membersFolder: ['canManage', 'partial', 'filtered', 'inheritedShown', 'sorted', 'readOnly'],
  invitationsFolder: ['canManage', 'partial', 'filtered', 'readOnly'],
  awaitingFolder: ['canManage', 'partial', 'filtered', 'readOnly'],
  requestsFolder: ['canManage', 'partial', 'filtered', 'readOnly'],
  member: ['direct', 'inherited', 'canManage', 'self', 'owner', 'awaiting', 'blocked', 'hasEmail', 'topLevel', 'ldap', 'override', 'readOnly'],
  invitation: ['canManage', 'readOnly'],
  pendingMember: ['awaiting', 'invited', 'canManage', 'readOnly'],
  accessRequest: ['canManage', 'readOnly'],
  seatsFolder: ['canManage', 'partial', 'filtered', 'readOnly'],
  seat: ['removable', 'canManage', 'lastOwner', 'readOnly'],
  seatMembership: ['share'],
  sharesFolder: ['canManage', 'partial', 'filtered', 'readOnly'],
  groupShare: ['canManage', 'owner', 'readOnly'],
  loadMore: ['folder'],
  // l10n-ignore: flag names (never shown)
  message: ['error', 'empty', 'retry', 'tokenMissing', 'tokenRefused'],
  expiringMember: ['canManage'],
  expiringInvitation: ['canManage'],
  expiringShare: [],
  accessPerson: ['invited', 'readOnly'],
  accessPlace: ['direct', 'inherited', 'invitation'],
  accessListed: [],
} as const satisfies Record<string, readonly string[]>;

export type RowKind = keyof typeof ROW_FLAGS;
export type RowFlag<K extends RowKind> = (typeof ROW_FLAGS)[K][number];
export type RowFlags<K extends RowKind> = Partial<Record<RowFlag<K>, boolean>>;

/** `kind;flag;flag`: the kind, then each flag that is true, in ROW_FLAGS' order (whatever order they are given in). */
export function contextValue<K extends RowKind>(kind: K, flags: RowFlags<K> = {}): string {
  const on = flags as Partial<Record<string, boolean>>;
  return [kind, ...(ROW_FLAGS[kind] as readonly string[]).filter((flag) => on[flag] === true)].join(';');
}

/** Whether a contextValue has a flag (for code that gets nodes from menus and wants to double-check). */
export function hasFlag(value: string, flag: string): boolean {
  return value.split(';').slice(1).includes(flag);
}
