// POST and DELETE /groups/:id/members/:user_id/override (EE: ee/lib/ee/api/members.rb, find_member in
// ee/lib/ee/api/helpers/members_helpers.rb, Members::UpdateService with permission :override): 404 for the group,
// 403 without override_group_member on it (ldap.ts), a user who is not a direct member: success with a null body;
// a member not from LDAP: 403. POST answers 201, DELETE 200, with the member (its `override`). Turning the
// override off leaves the role: the next LDAP sync resets it.
import { mayOverride } from '../ldap';
import { fail, forbidden, json, type ApiResponse } from '../errors';
import { ee, type Router, type RouteCtx } from '../router';
import * as S from '../serialize';
import { findGroup, intPath } from './common';

function setOverride(ctx: RouteCtx, on: boolean): ApiResponse {
  const group = findGroup(ctx);
  if (!mayOverride(ctx.state, ctx.user.id, group)) fail(forbidden());
  const m = ctx.state.directMember(group, intPath(ctx, 'user_id'));
  const status = on ? 201 : 200;
  if (!m) return json(status, null);
  if (!m.ldap) fail(forbidden());
  m.override = on;
  return json(status, S.member(ctx.render, m, S.showsMemberEmail(ctx.render, group)));
}

export function registerLdapOverrideRoutes(router: Router): void {
  router.add('POST', '/groups/:id/members/:user_id/override', (ctx) => setOverride(ctx, true), ee);
  router.add('DELETE', '/groups/:id/members/:user_id/override', (ctx) => setOverride(ctx, false), ee);
}
