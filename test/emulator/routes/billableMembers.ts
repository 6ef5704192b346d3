// Seats of a top-level group (EE only: ee/lib/ee/api/members.rb, ee/lib/api/entities/billable_member.rb and
// billable_membership.rb; the rules in billing.ts, removal in memberDeletions.ts).
// - List: 404 group; a subgroup, then a caller without read_billable_member (Owner, admin): 400 "400 Bad request".
//   `search` (User.search), `sort` (one of SORTS, else Grape's 400; default id order), offset pagination.
// - memberships / indirect: 404 group; no admin_group_member: 400; subgroup: 400; unknown user: 404 "404 Not found";
//   not billed here: 404 "404 User Not Found". indirect (16.11+): memberships through shares.
// - DELETE: 404 group; then the schedule's errors as 400 "400 Bad request - <message>"; 204 once scheduled.
import { canManageMembers } from '../access';
import { billedUsers, indirectMemberships, isLastOwner, membershipsInHierarchy, type BilledUser } from '../billing';
import { badRequest, fail, noContent, notFound, plainError, recordNotFound, type ApiResponse } from '../errors';
import { paginate } from '../paging';
import { ROLE_NAMES } from '../roles';
import { ee, type Router, type RouteCtx } from '../router';
import { atLeast } from '../version';
import * as S from '../serialize';
import type { Group, Membership, Source } from '../types';
import { findGroup, intPath, matchesQuery } from './common';

export const SORTS = [
  'access_level_asc', 'access_level_desc', 'last_joined', 'name_asc', 'name_desc', 'oldest_joined', 'oldest_sign_in',
  'recent_sign_in', 'last_activity_on_asc', 'last_activity_on_desc',
] as const;

const byId = (a: BilledUser, b: BilledUser) => a.user.id - b.user.id;

/** An ascending or descending order on a nullable value, nulls last, ties by id (app/models/user.rb scopes). */
function nullsLast(key: (b: BilledUser) => string | null | undefined, desc: boolean) {
  return (a: BilledUser, b: BilledUser): number => {
    const ka = key(a) ?? null;
    const kb = key(b) ?? null;
    if (ka === kb) return byId(a, b);
    if (ka === null) return 1;
    if (kb === null) return -1;
    return (ka < kb ? -1 : 1) * (desc ? -1 : 1);
  };
}

const ORDERS: Partial<Record<(typeof SORTS)[number], (a: BilledUser, b: BilledUser) => number>> = {
  name_asc: (a, b) => a.user.name.toLowerCase().localeCompare(b.user.name.toLowerCase()) || byId(a, b),
  name_desc: (a, b) => b.user.name.toLowerCase().localeCompare(a.user.name.toLowerCase()) || byId(a, b),
  last_activity_on_asc: nullsLast((b) => b.user.lastActivityOn, false),
  last_activity_on_desc: nullsLast((b) => b.user.lastActivityOn, true),
  oldest_sign_in: nullsLast((b) => b.user.lastSignInAt, false),
  recent_sign_in: nullsLast((b) => b.user.lastSignInAt, true),
  // access_level_*, last_joined, oldest_joined are not orders of User: GitLab applies none (id order here).
};

/** The top-level group named by :id, for a caller who manages its members; otherwise 400 (both checks answer alike). */
function rootFor(ctx: RouteCtx): Group {
  const group = findGroup(ctx);
  if (group.parentId !== null || !canManageMembers(ctx.state, ctx.user.id, group)) fail(badRequest());
  return group;
}

function list(ctx: RouteCtx): ApiResponse {
  const sort = ctx.params.str('sort'); // Grape validates parameters before the endpoint runs
  if (sort !== undefined && !(SORTS as readonly string[]).includes(sort)) fail(plainError(400, 'sort does not have a valid value'));
  const root = rootFor(ctx);
  const search = ctx.params.str('search');
  let rows = [...billedUsers(ctx.state, root).values()];
  if (search) rows = rows.filter((b) => matchesQuery(search, b.user));
  rows.sort(ORDERS[sort as (typeof SORTS)[number]] ?? byId);
  return paginate(ctx.params, ctx.url, rows, (b) => {
    const out = S.userBasic(ctx.render, b.user);
    out.email = ctx.user.isAdmin || b.user.publicEmail ? b.user.email : null;
    out.last_activity_on = b.user.lastActivityOn ?? null;
    out.membership_type = b.type;
    out.removable = b.removable;
    out.created_at = b.user.createdAt;
    out.is_last_owner = isLastOwner(ctx.state, root, b.user.id);
    out.last_login_at = b.user.lastSignInAt ?? null;
    return out;
  });
}

function billedUser(ctx: RouteCtx, root: Group): number {
  const userId = intPath(ctx, 'user_id');
  if (!ctx.state.userById(userId)) fail(recordNotFound());
  if (!billedUsers(ctx.state, root).has(userId)) fail(notFound('User'));
  return userId;
}

function membershipRow(ctx: RouteCtx, source: Source, m: Membership): Record<string, unknown> {
  const web = S.webOrigin(ctx.render);
  return {
    id: m.id, source_id: source.id, source_full_name: S.fullName(ctx.render, source),
    source_members_url: source.kind === 'group' ? `${web}/groups/${source.fullPath}/-/group_members` : `${web}/${source.fullPath}/-/project_members`,
    created_at: m.createdAt, expires_at: m.expiresAt,
    access_level: { string_value: ROLE_NAMES[m.accessLevel] ?? String(m.accessLevel), integer_value: m.accessLevel, custom_role: customRole(ctx, m) },
  };
}

function customRole(ctx: RouteCtx, m: Membership): { id: number; name: string } | null {
  const role = m.memberRoleId === null ? undefined : ctx.state.memberRoles.get(m.memberRoleId);
  return role ? { id: role.id, name: role.name } : null;
}

function memberships(ctx: RouteCtx): ApiResponse {
  const root = rootFor(ctx);
  const userId = billedUser(ctx, root);
  return paginate(ctx.params, ctx.url, membershipsInHierarchy(ctx.state, root, userId), (r) => membershipRow(ctx, r.source, r.membership));
}

function indirect(ctx: RouteCtx): ApiResponse {
  const root = rootFor(ctx);
  const userId = billedUser(ctx, root);
  return paginate(ctx.params, ctx.url, indirectMemberships(ctx.state, root, userId), (r) => membershipRow(ctx, r.source, r.membership));
}

function remove(ctx: RouteCtx): ApiResponse {
  const group = findGroup(ctx);
  const userId = intPath(ctx, 'user_id');
  if (group.parentId !== null) fail(badRequest('Must be a root namespace'));
  if (!canManageMembers(ctx.state, ctx.user.id, group)) fail(badRequest('User not authorized'));
  const errors = ctx.state.memberDeletions.schedule(group, userId, ctx.user.id);
  if (errors.length) fail(badRequest(JSON.stringify(errors)));
  return noContent();
}

export function registerBillableMemberRoutes(router: Router): void {
  router.add('GET', '/groups/:id/billable_members', list, ee);
  router.add('GET', '/groups/:id/billable_members/:user_id/memberships', memberships, ee);
  router.add('GET', '/groups/:id/billable_members/:user_id/indirect', indirect, (v, i) => ee(v, i) && atLeast(v, '16.11'));
  router.add('DELETE', '/groups/:id/billable_members/:user_id', remove, ee);
}
