// Access requests: `lib/api/access_requests.rb` (gitlabhq/gitlabhq). Listing, approving and denying need
// `admin_member_access_request` (group Owner, project Maintainer+: AccessRequestsFinder#execute!, 403 otherwise);
// a missing request is `find_by!` (404) before anything else but the source. Approving makes the requester a
// member with `access_level` (default Developer, the level a request is stored with); a project Maintainer
// cannot approve as Owner (ApproveAccessRequestService#validate_access!: 403). The list is AccessRequester
// (lib/api/entities/access_requester.rb): the user's basic fields and `requested_at`. Denying answers 204.
import { fail, fieldErrors, forbidden, json, noContent, recordNotFound, type ApiResponse } from '../errors';
import { paginate } from '../paging';
import type { Router, RouteCtx } from '../router';
import { DEVELOPER, OWNER } from '../roles';
import * as S from '../serialize';
import type { AccessRequest, Source, User } from '../types';
import { findSource, intPath, requireManage, SOURCE_TYPES, type SourceType } from './common';
import { callerCanHandleOwners, grantErrors, hasErrors } from './grant';

function list(ctx: RouteCtx, type: SourceType): ApiResponse {
  const source = findSource(ctx, type);
  requireManage(ctx, source);
  return paginate(ctx.params, ctx.url, ctx.state.accessRequestsOf(source), (r) => {
    const out = S.userBasic(ctx.render, ctx.state.userById(r.userId) as User);
    out.requested_at = r.requestedAt;
    return out;
  });
}

function requestOf(ctx: RouteCtx, source: Source): AccessRequest {
  const userId = intPath(ctx, 'user_id');
  const request = ctx.state.accessRequestsOf(source).find((r) => r.userId === userId);
  if (!request) fail(recordNotFound());
  return request;
}

function approve(ctx: RouteCtx, type: SourceType): ApiResponse {
  const source = findSource(ctx, type);
  const request = requestOf(ctx, source);
  requireManage(ctx, source);
  const level = ctx.params.int('access_level') ?? DEVELOPER;
  if (level >= OWNER && !callerCanHandleOwners(ctx, source)) fail(forbidden());
  const errors = grantErrors(ctx, source, request.userId, level, null);
  if (hasErrors(errors)) fail(fieldErrors(errors));
  ctx.state.removeAccessRequest(source, request.userId);
  const m = ctx.state.putMembership(source, {
    userId: request.userId, accessLevel: level, expiresAt: null, createdAt: new Date().toISOString(), createdById: ctx.user.id, state: 'active', memberRoleId: null,
  });
  return json(201, S.member(ctx.render, m, S.showsMemberEmail(ctx.render, source)));
}

function deny(ctx: RouteCtx, type: SourceType): ApiResponse {
  const source = findSource(ctx, type);
  const request = requestOf(ctx, source);
  requireManage(ctx, source);
  ctx.state.removeAccessRequest(source, request.userId);
  return noContent();
}

export function registerAccessRequestRoutes(router: Router): void {
  for (const type of SOURCE_TYPES) {
    router.add('GET', `/${type}/:id/access_requests`, (ctx) => list(ctx, type));
    router.add('PUT', `/${type}/:id/access_requests/:user_id/approve`, (ctx) => approve(ctx, type));
    router.add('DELETE', `/${type}/:id/access_requests/:user_id`, (ctx) => deny(ctx, type));
  }
}
