/**
 * The one table of commands: id → handler. Every handler runs inside the same error handling:
 * a GitLabError shows its userMessage with "Show Logs"; anything else is logged and shown the same way.
 */
import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';
import { userMessageOf } from '../domain/errors';
import { isGitLabError } from '../gitlab';
import type { CommandDeps } from './support/deps';
import { COMMAND_IDS, type CommandName } from '../core/ids';
import { approveAllMembers } from './approveAllMembers';
import { approveAccessRequest } from './approveAccessRequest';
import { approveMember } from './approveMember';
import { denyAccessRequest } from './denyAccessRequest';
import { removeSeat } from './removeSeat';
import { inviteGroup } from './inviteGroup';
import { removeGroupShare } from './removeGroupShare';
import { offboardUser } from './offboardUser';
import { reactivateMember, setMemberAwaiting } from './membershipState';
import { overrideLdapRole, revertLdapRole } from './ldapRole';
import { copyEmail } from './copyEmail';
import { createToken } from './createToken';
import { copyUsername } from './copyUsername';
import { editInvitation } from './editInvitation';
import { editMember } from './editMember';
import { inviteMembers } from './inviteMembers';
import { addSource } from './addSource';
import { clearFilter, filter } from './filter';
import { loadAll } from './loadAll';
import { loadMore } from './loadMore';
import { refreshNode } from './refreshNode';
import { removePin } from './removePin';
import { retry } from './retry';
import { sortBy } from './sortBy';
import { toggleInherited } from './toggleInherited';
import { openInBrowser } from './openInBrowser';
import { openSourceGroup } from './openSourceGroup';
import { refresh } from './refresh';
import { removeMember } from './removeMember';
import { revokeInvitation } from './revokeInvitation';
import { showError } from '../core/showError';
import { showLogs } from './showLogs';
import { signIn } from './signIn';
import { signOut } from './signOut';
import { applyMembership } from './applyMembership';
import { bulkChangeRole } from './bulkChangeRole';
import { bulkRemove } from './bulkRemove';
import { bulkRevoke } from './bulkRevoke';
import { bulkSetExpiry } from './bulkSetExpiry';
import { exportMembers } from './exportMembers';
import { extendBy30, extendBy90, extendToDate } from './extendAccess';
import { findAccess } from './findAccess';
import { planMembership } from './planMembership';
import { refreshExpiring, showExpiring } from './showExpiring';

type Handler = (deps: CommandDeps, ...args: unknown[]) => unknown;

/** Keyed by handler name; the compiler insists on one handler for every id in ids.ts. */
const HANDLERS: { readonly [K in CommandName]: Handler } = {
  signIn,
  signOut,
  refresh,
  loadMore,
  showLogs,
  createToken,
  refreshNode,
  loadAll,
  filter,
  clearFilter,
  sortBy,
  toggleInherited,
  addSource,
  removePin,
  retry,
  inviteMembers,
  editMember,
  removeMember,
  editInvitation,
  revokeInvitation,
  approveMember,
  approveAllMembers,
  approveAccessRequest,
  denyAccessRequest,
  removeSeat,
  inviteGroup,
  removeGroupShare,
  offboardUser,
  setMemberAwaiting,
  reactivateMember,
  overrideLdapRole,
  revertLdapRole,
  copyUsername,
  copyEmail,
  openInBrowser,
  openSourceGroup,
  bulkChangeRole,
  bulkSetExpiry,
  bulkRemove,
  bulkRevoke,
  findAccess,
  showExpiring,
  refreshExpiring,
  extendBy30,
  extendBy90,
  extendToDate,
  exportMembers,
  planMembership,
  applyMembership,
};

export function registerCommands(deps: CommandDeps): vscode.Disposable[] {
  return (Object.keys(HANDLERS) as CommandName[]).map((name) =>
    vscode.commands.registerCommand(COMMAND_IDS[name], (...args: unknown[]) => run(deps, name, args)));
}

async function run(deps: CommandDeps, name: CommandName, args: unknown[]): Promise<void> {
  // Which command ran, and whether VS Code gave it a row (without one it asks with a picker): a menu entry
  // chosen while VS Code redraws the row's folder reaches the command without its row.
  deps.log.info(`Run ${COMMAND_IDS[name]}${args[0] === undefined ? ' without a row' : ''}`); // l10n-ignore: a log line
  try {
    await HANDLERS[name](deps, ...args);
  } catch (err) {
    const message = isGitLabError(err) ? err.userMessage : l10n.t('GitLab Members: {0}', userMessageOf(err));
    deps.log.error(`${COMMAND_IDS[name]} failed`);
    await showError(deps.log, message);
  }
}
