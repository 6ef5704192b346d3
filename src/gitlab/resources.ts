/** The gitbeaker resources one account uses, built once per client on first use, all on our transport. */
import type { BaseResourceOptions } from '@gitbeaker/requester-utils';
import { gitbeakerRest } from './gitbeaker';
import type { SourceKind } from './types';

export interface ResourceConfig {
  /** Instance base URL (gitbeaker appends /api/v4). */
  readonly host: string;
  readonly token: string | (() => Promise<string>);
  readonly requesterFn: NonNullable<BaseResourceOptions<false>['requesterFn']>;
}

export function createResources(config: ResourceConfig) {
  // rateLimits {}: gitbeaker's own limiter never matches member endpoints; ours is in the transport.
  // queryTimeout 0: per-attempt timeouts and cancellation are the transport's too.
  const options = { host: config.host, token: config.token, requesterFn: config.requesterFn, rateLimits: {}, queryTimeout: 0 };
  const {
    GroupAccessRequests, ProjectAccessRequests, GroupInvitations, GroupMemberRoles, GroupMembers, Groups, PersonalAccessTokens, ProjectInvitations, ProjectMembers, Projects, Users,
  } = gitbeakerRest();
  return {
    users: new Users(options),
    groups: new Groups(options),
    projects: new Projects(options),
    tokens: new PersonalAccessTokens(options),
    memberRoles: new GroupMemberRoles(options),
    members: { group: new GroupMembers(options), project: new ProjectMembers(options) },
    invitations: { group: new GroupInvitations(options), project: new ProjectInvitations(options) },
    accessRequests: { group: new GroupAccessRequests(options), project: new ProjectAccessRequests(options) },
  };
}

export type Resources = ReturnType<typeof createResources>;

/** gitbeaker's results are typed per call; the API layer maps raw JSON itself, so it reads them loosely. */
export type Json = Record<string, unknown>;

export interface ExpandedPage {
  data: Json[];
  paginationInfo: { total: number; next: number | null; current: number; perPage: number; totalPages: number };
}

export function membersOf(resources: Resources, kind: SourceKind) {
  return resources.members[kind];
}

export function invitationsOf(resources: Resources, kind: SourceKind) {
  return resources.invitations[kind];
}

/**
 * The raw requester of a resource, for the few endpoints gitbeaker lacks or gets wrong
 * (`POST …/members/approve_all` is sent as PUT by gitbeaker; `…/members/:id/state`, `…/billable_members/:id/indirect`
 * and `/version` are missing).
 */
export function rawRequester(resource: object): {
  get(endpoint: string, options?: object): Promise<{ body: unknown; headers?: Record<string, string> }>;
  post(endpoint: string, options?: object): Promise<{ body: unknown }>;
  put(endpoint: string, options?: object): Promise<{ body: unknown }>;
} {
  return (resource as { requester: never }).requester;
}
