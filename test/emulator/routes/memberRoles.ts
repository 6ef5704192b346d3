// Custom roles (Ultimate 16.6+): GET /groups/:id/member_roles, and the member_role_id check shared by
// POST .../invitations and PUT .../members/:user_id.
import { badRequest, fail, fieldErrors, json, messageError, type ApiResponse } from '../errors';
import { ee, type Router, type RouteCtx } from '../router';
import * as S from '../serialize';
import type { Source } from '../types';
import { features } from '../version';
import { findGroup } from './common';

function list(ctx: RouteCtx): ApiResponse {
  if (!features.memberRoles(ctx.version)) fail(messageError(404, '404 Not found'));
  const group = findGroup(ctx);
  if (group.parentId !== null) fail(badRequest('The group must be a top-level group'));
  return json(200, ctx.state.memberRolesOf(group.id).map(S.memberRole));
}

/**
 * `member_role_id` of a write request: undefined when absent (or on servers without custom roles, which ignore it),
 * null when sent as null (no custom role); 400 unless it names a custom role of the source's top-level group whose
 * base role is the requested access level.
 */
export function memberRoleParam(ctx: RouteCtx, source: Source, level: number): number | null | undefined {
  if (!features.memberRoles(ctx.version) || ctx.state.instance.edition !== 'ee') return undefined;
  if (ctx.params.raw.member_role_id === null) return null;
  const id = ctx.params.int('member_role_id');
  if (id === undefined) return undefined;
  const role = ctx.state.memberRoles.get(id);
  const root = ctx.state.rootGroup(source);
  if (!role || !root || role.groupId !== root.id) fail(fieldErrors({ member_role: ['not found'] }));
  if (role.baseAccessLevel !== level) {
    fail(fieldErrors({ member_role_id: ["the custom role's base access level does not match the access level of the membership"] }));
  }
  return id;
}

export function registerMemberRoleRoutes(router: Router): void {
  router.add('GET', '/groups/:id/member_roles', list, ee);
}
