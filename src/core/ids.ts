/** Every command id, by handler name. No vscode: the manifest test and tree nodes import it. */
export const COMMAND_IDS = {
  signIn: 'gitlabMembers.signIn',
  signOut: 'gitlabMembers.signOut',
  refresh: 'gitlabMembers.refresh',
  loadMore: 'gitlabMembers.loadMore',
  showLogs: 'gitlabMembers.showLogs',
  /** Opens the configured instance's page for a new personal access token, name and scope filled in. */
  createToken: 'gitlabMembers.createToken',
  // The tree (issue 4): reload one row, paging, filter/sort/inherited per folder, pinned sources, error rows.
  refreshNode: 'gitlabMembers.refreshNode',
  loadAll: 'gitlabMembers.loadAll',
  filter: 'gitlabMembers.filter',
  clearFilter: 'gitlabMembers.clearFilter',
  sortBy: 'gitlabMembers.sortBy',
  toggleInherited: 'gitlabMembers.toggleInherited',
  addSource: 'gitlabMembers.addSource',
  removePin: 'gitlabMembers.removePin',
  retry: 'gitlabMembers.retry',
  // Member actions (issue 5): the invite form and the changes, from tree rows or the palette.
  inviteMembers: 'gitlabMembers.inviteMembers',
  editMember: 'gitlabMembers.editMember',
  removeMember: 'gitlabMembers.removeMember',
  editInvitation: 'gitlabMembers.editInvitation',
  revokeInvitation: 'gitlabMembers.revokeInvitation',
  approveMember: 'gitlabMembers.approveMember',
  approveAllMembers: 'gitlabMembers.approveAllMembers',
  approveAccessRequest: 'gitlabMembers.approveAccessRequest',
  denyAccessRequest: 'gitlabMembers.denyAccessRequest',
  // Seats (issue 14): take someone out of a top-level group's whole hierarchy.
  removeSeat: 'gitlabMembers.removeSeat',
  inviteGroup: 'gitlabMembers.inviteGroup',
  removeGroupShare: 'gitlabMembers.removeGroupShare',
  // Offboarding (issue 14): one person's access, everywhere the caller can change it.
  offboardUser: 'gitlabMembers.offboardUser',
  // Membership state of a top-level group's member (issue 14): user cap and seat control.
  setMemberAwaiting: 'gitlabMembers.setMemberAwaiting',
  reactivateMember: 'gitlabMembers.reactivateMember',
  // LDAP Group Sync (issue 14): a synced member's role overridden here, and handed back.
  overrideLdapRole: 'gitlabMembers.overrideLdapRole',
  revertLdapRole: 'gitlabMembers.revertLdapRole',
  copyUsername: 'gitlabMembers.copyUsername',
  copyEmail: 'gitlabMembers.copyEmail',
  openInBrowser: 'gitlabMembers.openInBrowser',
  openSourceGroup: 'gitlabMembers.openSourceGroup',
  // Beyond GitLab's own UI (issue 7): bulk actions, access search, expiring access, export, membership as code.
  bulkChangeRole: 'gitlabMembers.bulkChangeRole',
  bulkSetExpiry: 'gitlabMembers.bulkSetExpiry',
  bulkRemove: 'gitlabMembers.bulkRemove',
  bulkRevoke: 'gitlabMembers.bulkRevoke',
  findAccess: 'gitlabMembers.findAccess',
  showExpiring: 'gitlabMembers.showExpiring',
  refreshExpiring: 'gitlabMembers.refreshExpiring',
  extendBy30: 'gitlabMembers.extendBy30',
  extendBy90: 'gitlabMembers.extendBy90',
  extendToDate: 'gitlabMembers.extendToDate',
  exportMembers: 'gitlabMembers.exportMembers',
  planMembership: 'gitlabMembers.planMembership',
  applyMembership: 'gitlabMembers.applyMembership',
} as const;

export type CommandName = keyof typeof COMMAND_IDS;
export type CommandId = (typeof COMMAND_IDS)[CommandName];

/** Context keys the extension sets (for `when` clauses). */
export const CONTEXT_KEYS = {
  signedIn: 'gitlabMembers.signedIn',
  /** Some signed-in account's token may change things (has the api scope): write commands in the palette. */
  canWrite: 'gitlabMembers.canWrite',
  /** The walkthrough's steps (gettingStarted/progress.ts): a Members folder was opened, an invitation sent. */
  browsedMembers: 'gitlabMembers.walkthrough.browsedMembers',
  invitedSomeone: 'gitlabMembers.walkthrough.invitedSomeone',
} as const;

export const VIEW_IDS = {
  /** The activity-bar container: the tree and the invite form. */
  container: 'gitlabMembers',
  /** Panel containers (tabs beside Terminal): Find Access and Expiring Access, whose rows need the width. */
  accessPanel: 'gitlabMembersFindAccess',
  expiringPanel: 'gitlabMembersExpiring',
  tree: 'gitlabMembers.tree',
  inviteForm: 'gitlabMembers.inviteForm',
  /** "Find Access" results (issue 7). */
  access: 'gitlabMembers.access',
  /** "Expiring Access" (issue 7). */
  expiring: 'gitlabMembers.expiring',
} as const;
