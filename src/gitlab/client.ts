/** One GitLab account: a gitbeaker resource set on our transport, and the operations the extension uses. */
import { DOCUMENTED_REQUESTS_PER_MINUTE } from './pacer';
import type { CallOptions, GitLabApi, GitLabClientConfig } from './api';
import { DEFAULT_RETRY } from './backoff';
import { withCall } from './callContext';
import type { ClientContext } from './context';
import { isGitLabError } from './errors';
import { normalizeInstanceUrl } from './instanceUrl';
import * as accessRequests from './accessRequests';
import * as invitations from './invitations';
import { invite, recipientsOf } from './invite';
import { checkInvitees } from './inviteStanding';
import { RequestLimiter } from './limiter';
import { toCurrentUser, toTokenInfo, toUser } from './mappers';
import { listMemberRoles } from './memberRoles';
import * as members from './members';
import * as namespaces from './namespaces';
import { fetchPage, pageParams } from './paging';
import { createTransport } from './requester';
import { createResources, rawRequester, type Json, type Resources } from './resources';
import * as seats from './seats';
import * as shares from './shares';
import { allUserMemberships } from './userMemberships';
import type { CurrentUser } from './types';
import { findUserByEmail } from './userByEmail';
import { findUserByUsername } from './userByUsername';

/**
 * GitLab.com documents 2,000 authenticated API requests a minute: kept from the first request there. A
 * self-managed server sets its own limits (often none): it is paced by what its RateLimit headers report.
 */
export function defaultRequestsPerMinute(instanceUrl: string): number {
  return URL.canParse(instanceUrl) && new URL(instanceUrl).hostname.toLowerCase() === 'gitlab.com' ? DOCUMENTED_REQUESTS_PER_MINUTE : 0;
}

export function createGitLabClient(config: GitLabClientConfig): GitLabApi {
  const instanceUrl = normalizeInstanceUrl(config.instanceUrl);
  const concurrency = Math.max(1, Math.floor(config.maxConcurrentRequests ?? 8));
  const policy = { ...DEFAULT_RETRY, ...config.retry };
  let clockOffsetMs = 0;
  const requesterFn = createTransport({
    instanceUrl,
    fetch: config.fetch ?? globalThis.fetch,
    limiter: new RequestLimiter(concurrency, policy.maxDelayMs, config.requestsPerMinute ?? defaultRequestsPerMinute(instanceUrl)),
    policy,
    onRequest: config.onRequest,
    onServerDate: (serverMs, ourMs) => void (clockOffsetMs = serverMs - ourMs),
  });
  let built: Resources | undefined;
  const resources = () => (built ??= createResources({ host: instanceUrl, token: config.token, requesterFn }));

  let me: Promise<CurrentUser> | undefined;
  let version: Promise<string | undefined> | undefined;
  const ctx: ClientContext = {
    instanceUrl,
    resources,
    perPage: Math.max(1, Math.min(100, Math.floor(config.perPage ?? 100))),
    concurrency,
    me: (opts) => (me ??= currentUser(opts).catch((e) => { me = undefined; throw e; })),
    version: (opts) => (version ??= serverVersion(opts).catch((e) => { version = undefined; throw e; })),
    serverNow: () => Date.now() + clockOffsetMs,
  };

  async function currentUser(opts?: CallOptions): Promise<CurrentUser> {
    return toCurrentUser((await withCall(opts, () => resources().users.showCurrentUser())) as unknown as Json);
  }

  /** `GET /version` (every server version has it; gitbeaker only knows `/metadata`, 15.2+). */
  async function serverVersion(opts?: CallOptions): Promise<string | undefined> {
    try {
      const { body } = await withCall(opts, () => rawRequester(resources().users).get('version'));
      const v = (body as { version?: unknown })?.version;
      return typeof v === 'string' ? v : undefined;
    } catch (error) {
      if (isGitLabError(error) && (error.kind === 'not-found' || error.kind === 'forbidden')) return undefined;
      throw error;
    }
  }

  return {
    instanceUrl,
    currentUser: (opts) => currentUser(opts),
    async tokenInfo(opts) {
      try {
        return toTokenInfo((await withCall(opts, () => resources().tokens.show())) as unknown as Json);
      } catch (error) {
        if (isGitLabError(error) && error.kind === 'not-found') return undefined; // older than 15.5
        throw error;
      }
    },
    serverVersion: (opts) => ctx.version(opts),
    listTopLevelGroups: (req, opts) => namespaces.listTopLevelGroups(ctx, req, opts),
    listSubgroups: (id, req, opts) => namespaces.listSubgroups(ctx, id, req, opts),
    listGroupProjects: (id, req, opts) => namespaces.listGroupProjects(ctx, id, req, opts),
    listOwnProjects: (req, opts) => namespaces.listOwnProjects(ctx, req, opts),
    listMemberProjects: (req, opts) => namespaces.listMemberProjects(ctx, req, opts),
    getGroup: (id, opts) => namespaces.getGroup(ctx, id, opts),
    getProject: (id, opts) => namespaces.getProject(ctx, id, opts),
    resolveSource: (input, opts) => namespaces.resolveSource(ctx, input, opts),
    resolveSources: (input, opts) => namespaces.resolveSources(ctx, input, opts),
    myAccessLevel: (source, opts) => namespaces.myAccessLevel(ctx, source, opts),
    listMembers: (source, req, opts) => members.listMembers(ctx, source, req, opts),
    allMembers: (source, req, opts) => members.allMembers(ctx, source, req, opts),
    getMember: (source, userId, opts) => members.getMember(ctx, source, userId, opts),
    listInvitations: (source, req, opts) => invitations.listInvitations(ctx, source, req, opts),
    allInvitations: (source, opts) => invitations.allInvitations(ctx, source, opts),
    listPendingMembers: (id, req, opts) => members.listPendingMembers(ctx, id, req, opts),
    approveMember: (id, memberId, opts) => members.approveMember(ctx, id, memberId, opts),
    listAccessRequests: (source, req, opts) => accessRequests.listAccessRequests(ctx, source, req, opts),
    approveAccessRequest: (source, userId, level, opts) => accessRequests.approveAccessRequest(ctx, source, userId, level, opts),
    denyAccessRequest: (source, userId, opts) => accessRequests.denyAccessRequest(ctx, source, userId, opts),
    approveAllMembers: (id, opts) => members.approveAllMembers(ctx, id, opts),
    setMembershipState: (id, userId, state, opts) => members.setMembershipState(ctx, id, userId, state, opts),
    setLdapOverride: (id, userId, on, opts) => members.setLdapOverride(ctx, id, userId, on, opts),
    allUserMemberships: (userId, opts) => allUserMemberships(ctx, userId, opts),
    listShares: (source, opts) => shares.listShares(ctx, source, opts),
    shareWithGroup: (source, groupId, level, expiresAt, opts) => shares.shareWithGroup(ctx, source, groupId, level, expiresAt, opts),
    removeShare: (source, groupId, opts) => shares.removeShare(ctx, source, groupId, opts),
    listInvitableGroups: (opts) => shares.listInvitableGroups(ctx, opts),
    listBillableMembers: (id, req, opts) => seats.listBillableMembers(ctx, id, req, opts),
    allBillableMemberships: (id, userId, opts) => seats.allBillableMemberships(ctx, id, userId, opts),
    removeBillableMember: (id, userId, opts) => seats.removeBillableMember(ctx, id, userId, opts),
    listMemberRoles: (groupId, opts) => listMemberRoles(ctx, groupId, opts),
    searchUsers(query, req, opts) {
      const p = pageParams(req, 20);
      return fetchPage(opts, () => resources().users.all({ ...p, search: query }), toUser, p);
    },
    findUserByEmail: (email, opts) => findUserByEmail(ctx, email, opts),
    findUserByUsername: (username, opts) => findUserByUsername(ctx, username, opts),
    checkInvitees: (source, req, opts) => checkInvitees(ctx, source, recipientsOf(req).recipients, opts),
    invite: (source, req, opts) => invite(ctx, source, req, opts),
    editMember: (source, userId, change, opts) => members.editMember(ctx, source, userId, change, opts),
    removeMember: (source, userId, opts) => members.removeMember(ctx, source, userId, opts),
    editInvitation: (source, email, change, opts) => invitations.editInvitation(ctx, source, email, change, opts),
    deleteInvitation: (source, email, opts) => invitations.deleteInvitation(ctx, source, email, opts),
  };
}
