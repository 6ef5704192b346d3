/**
 * Seats of a top-level group (GitLab Enterprise Edition, any tier: `ee/lib/ee/api/members.rb`): who takes a seat,
 * where each holds memberships, and removing someone from the whole hierarchy. Only the group's Owners may ask
 * (GitLab answers 400 otherwise, and 404 on Community Edition, which has no such route).
 */
import type { CallOptions } from './api';
import { withCall } from './callContext';
import type { ClientContext } from './context';
import { isGitLabError } from './errors';
import { fetchPage, pageParams } from './paging';
import { allPages } from './rawPages';
import type { Json } from './resources';
import type { AccessLevel, Page, PageRequest } from './types';
import { checkUserId } from './validate';

/** Why someone takes a seat: a member of the hierarchy's groups or projects, or of a group one of them is shared with. */
export type SeatMembershipType = 'group_member' | 'project_member' | 'group_invite' | 'project_invite';

export interface BillableMember {
  readonly id: number;
  readonly username: string;
  readonly name: string;
  /** Their public email (or any email, for administrators), when GitLab shows one. */
  readonly email?: string;
  /** The day GitLab last saw them active; null: never. */
  readonly lastActivityOn: string | null;
  /** Their last sign-in; null: never. */
  readonly lastLoginAt: string | null;
  readonly membershipType: SeatMembershipType;
  /** GitLab can remove them from the hierarchy (a direct member there, not only through a share). */
  readonly removable: boolean;
  /** The group's only Owner (absent on servers that do not say). */
  readonly isLastOwner?: boolean;
  readonly webUrl?: string;
}

/** One direct membership of a billable member (or, `viaShare`, one in a group a project is shared with). */
export interface BillableMembership {
  readonly id: number;
  readonly sourceId: number;
  readonly sourceFullName: string;
  readonly sourceMembersUrl?: string;
  readonly accessLevel: AccessLevel;
  readonly roleName: string;
  readonly expiresAt: string | null;
  readonly viaShare: boolean;
}

/** `last_activity_on_asc`: dormant seats first (never-active last, as GitLab orders nulls). */
export type SeatSort = 'last_activity_on_asc' | 'last_activity_on_desc' | 'name_asc' | 'recent_sign_in' | 'oldest_sign_in';

export interface SeatListRequest extends PageRequest {
  readonly search?: string;
  readonly sort?: SeatSort;
}

const TYPES: readonly SeatMembershipType[] = ['group_member', 'project_member', 'group_invite', 'project_invite'];
const text = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

function toBillableMember(j: Json): BillableMember {
  const type = TYPES.find((t) => t === j.membership_type) ?? 'group_member';
  return {
    id: Number(j.id), username: String(j.username ?? ''), name: String(j.name ?? ''), email: text(j.email),
    lastActivityOn: text(j.last_activity_on)?.slice(0, 10) ?? null, lastLoginAt: text(j.last_login_at) ?? null,
    membershipType: type, removable: j.removable === true,
    ...(typeof j.is_last_owner === 'boolean' ? { isLastOwner: j.is_last_owner } : {}), webUrl: text(j.web_url),
  };
}

function toMembership(viaShare: boolean) {
  return (j: Json): BillableMembership => {
    const level = (j.access_level ?? {}) as Json;
    return {
      id: Number(j.id), sourceId: Number(j.source_id), sourceFullName: String(j.source_full_name ?? ''), sourceMembersUrl: text(j.source_members_url),
      accessLevel: Number(level.integer_value) as AccessLevel, roleName: String(level.string_value ?? ''),
      expiresAt: text(j.expires_at)?.slice(0, 10) ?? null, viaShare,
    };
  };
}

export function listBillableMembers(ctx: ClientContext, groupId: number | string, req?: SeatListRequest, opts?: CallOptions): Promise<Page<BillableMember>> {
  const p = pageParams(req, ctx.perPage);
  const filter = { ...(req?.search ? { search: req.search } : {}), ...(req?.sort ? { sort: req.sort } : {}) };
  return fetchPage(opts, () => ctx.resources().members.group.allBillable(groupId, { ...p, ...filter }), toBillableMember, p);
}

/**
 * Every membership of a billable member in the group's hierarchy: their direct ones, then (servers with
 * `…/indirect`, 16.11+) those through shares. A server without `indirect` answers 404: none listed.
 */
export async function allBillableMemberships(ctx: ClientContext, groupId: number | string, userId: number, opts?: CallOptions): Promise<BillableMembership[]> {
  checkUserId(userId);
  const base = `${encodeURIComponent(String(groupId))}/billable_members/${userId}`;
  const direct = await allPages(ctx.resources().members.group, `${base}/memberships`, toMembership(false), opts);
  const viaShares = await allPages(ctx.resources().members.group, `${base}/indirect`, toMembership(true), opts).catch((error: unknown) => {
    if (isGitLabError(error) && error.kind === 'not-found') return [];
    throw error;
  });
  return [...direct, ...viaShares];
}

/** GitLab's answer to a second removal of the same person before its worker ran: the first is still on its way. */
export function isAlreadyScheduled(error: unknown): boolean {
  return isGitLabError(error) && error.kind === 'bad-request' && /already scheduled/i.test(error.gitlabMessage ?? error.message);
}

/**
 * Asks GitLab to remove the user from the group, its subgroups and projects. GitLab schedules this and a worker
 * carries it out later (usually within a minute); memberships through shares are not touched.
 */
export async function removeBillableMember(ctx: ClientContext, groupId: number | string, userId: number, opts?: CallOptions): Promise<void> {
  checkUserId(userId);
  await withCall(opts, () => ctx.resources().members.group.removeBillable(groupId, userId));
}
