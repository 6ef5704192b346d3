import type { InviteeCheck } from './inviteStanding';
import type { ResumeFrom } from './pager';
import type { BillableMember, BillableMembership, SeatListRequest } from './seats';
import type { UserMembership } from './userMemberships';
import type {
  AccessLevel, AccessRequest, CurrentUser, Group, GroupShare, Invitation, InviteOutcome, Member, MemberRole, Page, PageRequest, PendingMember,
  Project, Source, SourceRef, Standing, TokenInfo, UserSummary,
} from './types';

/** Per-call controls: cancellation and progress reports. */
export interface CallOptions {
  readonly signal?: AbortSignal;
  /**
   * Called when the client waits for GitLab's rate limit: after a 429, or a second or more to stay under the
   * limit. `rateLimitNotice(waitSeconds)` makes the sentence to show.
   */
  readonly onRateLimit?: (waitSeconds: number) => void;
}

export interface LoadAllOptions<T = never> extends CallOptions {
  /** Called after each page with the rows so far and the total when GitLab told it. */
  readonly onProgress?: (loaded: number, total: number | null) => void;
  /**
   * The first pages the caller already has (asked with the same filter and `MAX_PER_PAGE` rows a page): only
   * the pages after them are fetched, all of the first wave at once when GitLab gave totals.
   */
  readonly resume?: ResumeFrom<T>;
}

export interface MemberListRequest extends PageRequest {
  /** Include inherited members (`/members/all`); each inherited one then carries `inheritedFrom`. */
  readonly inherited?: boolean;
  /** GitLab's `query` filter (name, username, email). */
  readonly query?: string;
  /** Only these users (GitLab's `user_ids`, at most 100). */
  readonly userIds?: readonly number[];
  /**
   * With `inherited`: also find which share an inherited row comes from when no ancestor holds it (a few more
   * requests, the shares of this place and its ancestors, kept for a minute). Off: such rows stay `unknown`.
   */
  readonly whichShare?: boolean;
}

export interface InviteRequest {
  readonly emails?: readonly string[];
  readonly users?: ReadonlyArray<{ readonly id: number; readonly username: string }>;
  readonly accessLevel: AccessLevel;
  /** YYYY-MM-DD, after today. */
  readonly expiresAt?: string;
  readonly memberRoleId?: number;
  /**
   * Whether to send a recipient who already holds a membership or invitation here (`standing`). GitLab changes
   * an existing member's role (up or down) and updates a pending invitation; without this, nobody who already
   * has access here is sent, and each is reported `left` with what they hold.
   */
  readonly sendExisting?: (standing: Standing, recipientKey: string) => boolean;
  /** What `checkInvitees` found just before, reused instead of asking GitLab again. */
  readonly checked?: ReadonlyMap<string, InviteeCheck>;
}

export interface MemberChange {
  readonly accessLevel: AccessLevel;
  /** YYYY-MM-DD; null clears the expiry; undefined leaves it. */
  readonly expiresAt?: string | null;
  /** A custom role of the top-level group (its base level as `accessLevel`); null ends the custom role. */
  readonly memberRoleId?: number | null;
}

export interface InvitationChange {
  readonly accessLevel?: AccessLevel;
  readonly expiresAt?: string | null;
}

export interface RemoveMemberOptions extends CallOptions {
  /** Keep the person's direct memberships in subgroups and projects (GitLab's `skip_subresources`). */
  readonly skipSubresources?: boolean;
  /** Unassign the person from issues and merge requests here (GitLab's `unassign_issuables`). */
  readonly unassignIssuables?: boolean;
}

/** Everything the extension asks of one GitLab account. Implemented by `GitLabClient`. */
export interface GitLabApi {
  readonly instanceUrl: string;
  currentUser(opts?: CallOptions): Promise<CurrentUser>;
  /** `undefined` when the server has no `/personal_access_tokens/self` (older than 15.5). */
  tokenInfo(opts?: CallOptions): Promise<TokenInfo | undefined>;
  serverVersion(opts?: CallOptions): Promise<string | undefined>;

  listTopLevelGroups(req?: PageRequest & { search?: string }, opts?: CallOptions): Promise<Page<Group>>;
  listSubgroups(groupId: number | string, req?: PageRequest, opts?: CallOptions): Promise<Page<Group>>;
  listGroupProjects(groupId: number | string, req?: PageRequest, opts?: CallOptions): Promise<Page<Project>>;
  listOwnProjects(req?: PageRequest, opts?: CallOptions): Promise<Page<Project>>;
  /**
   * Every project the caller is a member of (`GET /projects?membership=true`): also those reached only through
   * a group they are shared with, which no walk of the caller's groups finds.
   */
  listMemberProjects(req?: PageRequest, opts?: CallOptions): Promise<Page<Project>>;
  getGroup(idOrPath: number | string, opts?: CallOptions): Promise<Group>;
  getProject(idOrPath: number | string, opts?: CallOptions): Promise<Project>;
  /** A group or project from an id, a full path or a web URL. */
  resolveSource(input: string, opts?: CallOptions): Promise<Source>;
  /** Every group or project `input` can name: a bare id can be both (see namespaces.ts). */
  resolveSources(input: string, opts?: CallOptions): Promise<Source[]>;
  /** The caller's effective role on a group or project, or undefined when the caller has none. */
  myAccessLevel(source: SourceRef, opts?: CallOptions): Promise<AccessLevel | undefined>;

  listMembers(source: Source, req?: MemberListRequest, opts?: CallOptions): Promise<Page<Member>>;
  allMembers(source: Source, req?: Omit<MemberListRequest, 'page' | 'perPage'>, opts?: LoadAllOptions<Member>): Promise<Member[]>;
  getMember(source: SourceRef, userId: number, opts?: CallOptions & { inherited?: boolean }): Promise<Member>;
  listInvitations(source: SourceRef, req?: PageRequest & { query?: string }, opts?: CallOptions): Promise<Page<Invitation>>;
  allInvitations(source: SourceRef, opts?: LoadAllOptions<Invitation>): Promise<Invitation[]>;
  listPendingMembers(groupId: number | string, req?: PageRequest, opts?: CallOptions): Promise<Page<PendingMember>>;
  approveMember(groupId: number | string, memberId: number, opts?: CallOptions): Promise<void>;
  approveAllMembers(groupId: number | string, opts?: CallOptions): Promise<void>;
  /** Who asked to join (group Owner, project Maintainer; 403 for others). */
  listAccessRequests(source: SourceRef, req?: PageRequest, opts?: CallOptions): Promise<Page<AccessRequest>>;
  /** Makes the person who asked a member with `accessLevel`. */
  approveAccessRequest(source: SourceRef, userId: number, accessLevel: AccessLevel, opts?: CallOptions): Promise<Member>;
  denyAccessRequest(source: SourceRef, userId: number, opts?: CallOptions): Promise<void>;
  setMembershipState(groupId: number | string, userId: number, state: 'awaiting' | 'active', opts?: CallOptions): Promise<void>;
  /** Overrides (on) or hands back (off) an LDAP member's role in a synced group. */
  setLdapOverride(groupId: number | string, userId: number, on: boolean, opts?: CallOptions): Promise<void>;
  /** Every direct membership of a user across the instance (administrators only: GitLab answers 403 to others). */
  allUserMemberships(userId: number, opts?: CallOptions): Promise<UserMembership[]>;
  /** The groups this group or project is shared with (its own shares; those the caller can read). */
  listShares(source: SourceRef, opts?: CallOptions): Promise<GroupShare[]>;
  /** Shares it with a group: that group's members get up to `accessLevel` here (null expiry: no end). */
  shareWithGroup(source: SourceRef, groupId: number, accessLevel: AccessLevel, expiresAt: string | null, opts?: CallOptions): Promise<void>;
  /** Takes a share back. A group's non-Owner gets 204 and the share stays: read the shares again to know. */
  removeShare(source: SourceRef, groupId: number, opts?: CallOptions): Promise<void>;
  /** Groups the caller belongs to (Guest or more): those a group or project may be shared with. */
  listInvitableGroups(opts?: CallOptions): Promise<Group[]>;
  /** Who takes a seat in a top-level group (its Owners only; EE). */
  listBillableMembers(groupId: number | string, req?: SeatListRequest, opts?: CallOptions): Promise<Page<BillableMember>>;
  /** A billable member's memberships in the group's hierarchy: direct, then through shares where the server says. */
  allBillableMemberships(groupId: number | string, userId: number, opts?: CallOptions): Promise<BillableMembership[]>;
  /** Schedules the user's removal from the group, its subgroups and projects (GitLab carries it out later). */
  removeBillableMember(groupId: number | string, userId: number, opts?: CallOptions): Promise<void>;
  /**
   * Custom roles of a top-level group (`GET /groups/:id/member_roles`, Ultimate 16.6+); `[]` where the server
   * or tier has none (404/403). A project or subgroup uses those of its top-level group.
   */
  listMemberRoles(groupId: number | string, opts?: CallOptions): Promise<MemberRole[]>;
  searchUsers(query: string, req?: PageRequest, opts?: CallOptions): Promise<Page<UserSummary>>;
  /**
   * The user an email belongs to, where GitLab's user search reveals it (a public email; any email for
   * administrators); undefined otherwise.
   */
  findUserByEmail(email: string, opts?: CallOptions): Promise<UserSummary | undefined>;
  /** The user whose username is exactly this (any letter case); undefined when there is none. */
  findUserByUsername(username: string, opts?: CallOptions): Promise<UserSummary | undefined>;

  /**
   * Who among these recipients already holds a membership (direct or inherited) or an invitation here, by
   * recipient key (lower-cased email, or `#<user id>`). Pass a full `Source` to learn where inherited roles are held.
   */
  checkInvitees(source: SourceRef | Source, req: Pick<InviteRequest, 'emails' | 'users'>, opts?: CallOptions): Promise<Map<string, InviteeCheck>>;
  /** Never sends anyone who already has access here unless `req.sendExisting` says so (see InviteRequest). */
  invite(source: SourceRef | Source, req: InviteRequest, opts?: CallOptions): Promise<InviteOutcome[]>;
  editMember(source: SourceRef, userId: number, change: MemberChange, opts?: CallOptions): Promise<Member>;
  removeMember(source: SourceRef, userId: number, opts?: RemoveMemberOptions): Promise<void>;
  editInvitation(source: SourceRef, email: string, change: InvitationChange, opts?: CallOptions): Promise<void>;
  deleteInvitation(source: SourceRef, email: string, opts?: CallOptions): Promise<void>;
}

/** How a client is made: one per account. */
export interface GitLabClientConfig {
  /** As the user typed it: `https://gitlab.example.com`, with or without a trailing slash or `/api/v4`. */
  readonly instanceUrl: string;
  /** The personal access token, or a function that reads it (from SecretStorage) when a request needs it. */
  readonly token: string | (() => Promise<string>);
  /** Most requests in flight at once for this client (default 8). */
  readonly maxConcurrentRequests?: number;
  /** Most requests started in any minute (0: no cap). Default: 2,000 on gitlab.com (its documented limit, pacer.ts), else none. */
  readonly requestsPerMinute?: number;
  /** Rows per page, 1-100 (default 100). */
  readonly perPage?: number;
  /** Token-free record of each request: for the log channel. */
  readonly onRequest?: (event: RequestEvent) => void;
  /** Retry tuning (tests shorten the waits). */
  readonly retry?: Partial<RetryPolicy>;
  /** A fetch to use instead of the global one (for example one with extra CA certificates). */
  readonly fetch?: typeof fetch;
}

export interface RetryPolicy {
  /** Attempts for GET/PUT/DELETE on 5xx, network errors and timeouts. */
  readonly maxAttempts: number;
  /** Waits on 429 before giving up. */
  readonly maxRateLimitWaits: number;
  readonly baseDelayMs: number;
  /**
   * The longest single wait: the cap of the backoff, and the longest rate-limit wait honoured. When GitLab asks
   * for longer (Retry-After, RateLimit-Reset), the request fails at once with a rate-limited error saying how long.
   */
  readonly maxDelayMs: number;
  /** Time allowed for one attempt. */
  readonly attemptTimeoutMs: number;
}

export interface RequestEvent {
  readonly method: string;
  /** Path and query below the instance URL, e.g. `/api/v4/groups/acme/members?page=2`. Never the token. */
  readonly path: string;
  readonly status: number | 'network-error' | 'timeout' | 'cancelled';
  readonly durationMs: number;
  readonly attempt: number;
  readonly retryInMs?: number;
  /** Why the wait is what it is, when that is not plain: e.g. a 429 whose wait could not be read. */
  readonly note?: string;
}
