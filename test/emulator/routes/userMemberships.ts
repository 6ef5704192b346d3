// GET /users/:user_id/memberships (lib/api/users.rb, lib/api/entities/membership.rb): administrators only
// (`authenticated_as_admin!`: 403 otherwise), 404 "User Not Found", `type` Project or Namespace (else Grape's
// 400), every direct membership of the user as source_id, source_name, source_type, access_level, paginated.
import { isAdmin } from '../access';
import { fail, forbidden, notFound, plainError, type ApiResponse } from '../errors';
import { paginate } from '../paging';
import type { Router, RouteCtx } from '../router';
import type { Source } from '../types';
import { intPath } from './common';

function memberships(ctx: RouteCtx): ApiResponse {
  const userId = intPath(ctx, 'user_id');
  const type = ctx.params.str('type');
  if (type !== undefined && type !== 'Project' && type !== 'Namespace') fail(plainError(400, 'type does not have a valid value'));
  if (!isAdmin(ctx.state, ctx.user.id)) fail(forbidden());
  if (!ctx.state.userById(userId)) fail(notFound('User'));
  const sources: Source[] = [
    ...(type === 'Project' ? [] : [...ctx.state.groups.values()]),
    ...(type === 'Namespace' ? [] : [...ctx.state.projects.values()]),
  ];
  const rows = sources.flatMap((source) => {
    const m = ctx.state.directMember(source, userId);
    return m ? [{ source, m }] : [];
  }).sort((a, b) => a.m.id - b.m.id);
  return paginate(ctx.params, ctx.url, rows, ({ source, m }) => ({
    source_id: source.id, source_name: source.name, source_type: source.kind === 'group' ? 'Namespace' : 'Project', access_level: m.accessLevel,
  }));
}

export function registerUserMembershipRoutes(router: Router): void {
  router.add('GET', '/users/:user_id/memberships', memberships);
}
