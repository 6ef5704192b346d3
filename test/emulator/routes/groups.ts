// /groups, /groups/:id, /groups/:id/subgroups, /groups/:id/descendant_groups, /groups/:id/projects
import { belongsToGroup, canSeeGroup, effectiveAccess, isAdmin } from '../access';
import { json, type ApiResponse } from '../errors';
import { paginate } from '../paging';
import type { Router, RouteCtx } from '../router';
import { OWNER } from '../roles';
import * as S from '../serialize';
import type { Group } from '../types';
import { findGroup, sortBy } from './common';
import { listProjects } from './projects';

/**
 * Shared filters: all_available (default false, true for administrators: every group they can see rather than
 * those they belong to), search, min_access_level, owned, top_level_only, order_by, sort.
 */
function listGroups(ctx: RouteCtx, groups: Group[]): ApiResponse {
  const p = ctx.params;
  const me = ctx.user.id;
  const allAvailable = p.bool('all_available') ?? isAdmin(ctx.state, me);
  let list = groups.filter((g) => (allAvailable ? canSeeGroup(ctx.state, me, g) : belongsToGroup(ctx.state, me, g)));
  const search = p.str('search')?.toLowerCase();
  if (search) list = list.filter((g) => g.name.toLowerCase().includes(search) || g.path.toLowerCase().includes(search));
  const min = p.int('min_access_level');
  if (min !== undefined) list = list.filter((g) => effectiveAccess(ctx.state, me, g) >= min);
  if (p.bool('owned')) list = list.filter((g) => (ctx.state.directMember(g, me)?.accessLevel ?? 0) >= OWNER);
  if (p.bool('top_level_only')) list = list.filter((g) => g.parentId === null);
  const orderBy = p.str('order_by') ?? 'name';
  const desc = p.str('sort') === 'desc';
  const key = (g: Group): string | number => (orderBy === 'id' ? g.id : orderBy === 'path' ? g.path : g.name.toLowerCase());
  return paginate(p, ctx.url, sortBy(list, key, desc), (g) => S.group(ctx.render, g), { keyset: true });
}

export function registerGroupRoutes(router: Router): void {
  router.add('GET', '/groups', (ctx) => listGroups(ctx, [...ctx.state.groups.values()]));
  router.add('GET', '/groups/:id', (ctx) => json(200, S.groupDetail(ctx.render, findGroup(ctx))));
  router.add('GET', '/groups/:id/subgroups', (ctx) => listGroups(ctx, ctx.state.childGroups(findGroup(ctx).id)));
  router.add('GET', '/groups/:id/descendant_groups', (ctx) => listGroups(ctx, ctx.state.descendantGroups(findGroup(ctx).id)));
  // with_shared (default true) adds the projects shared with the group to its own.
  router.add('GET', '/groups/:id/projects', (ctx) => {
    const g = findGroup(ctx);
    const ids = new Set([g.id]);
    if (ctx.params.bool('include_subgroups')) for (const d of ctx.state.descendantGroups(g.id)) ids.add(d.id);
    const own = ctx.state.projectsOfGroups(ids);
    const shared = ctx.params.bool('with_shared') === false ? [] : ctx.state.projectsSharedWith(ids).filter((x) => !own.includes(x));
    return listProjects(ctx, [...own, ...shared]);
  });
}
