/** Every command id, by handler name. No vscode: the manifest test and tree nodes import it. */
export const COMMAND_IDS = {
  signIn: 'gitlabMembers.signIn',
  signOut: 'gitlabMembers.signOut',
  refresh: 'gitlabMembers.refresh',
  loadMore: 'gitlabMembers.loadMore',
  showLogs: 'gitlabMembers.showLogs',
} as const;

export type CommandName = keyof typeof COMMAND_IDS;
export type CommandId = (typeof COMMAND_IDS)[CommandName];

/** Context keys the extension sets (for `when` clauses). */
export const CONTEXT_KEYS = {
  signedIn: 'gitlabMembers.signedIn',
} as const;

export const VIEW_IDS = {
  container: 'gitlabMembers',
  tree: 'gitlabMembers.tree',
} as const;
