// /projects, /projects/:id (and the project-list filters shared with /groups/:id/projects, /users/:id/projects)
import { canSeeProject, effectiveAccess } from '../access';
import { json, type ApiResponse } from '../errors';
import { paginate } from '../paging';
import type { Router, RouteCtx } from '../router';
import * as S from '../serialize';
import type { Project } from '../types';
import { findProject, sortBy } from './common';

/** Filters search, min_access_level, owned; GitLab's default order is created_at desc. */
export function listProjects(ctx: RouteCtx, projects: Project[]): ApiResponse {
  const p = ctx.params;
  let list = projects.filter((x) => canSeeProject(ctx.state, ctx.user.id, x));
  const search = p.str('search')?.toLowerCase();
  if (search) list = list.filter((x) => x.name.toLowerCase().includes(search) || x.path.toLowerCase().includes(search));
  const min = p.int('min_access_level');
  if (min !== undefined) list = list.filter((x) => effectiveAccess(ctx.state, ctx.user.id, x) >= min);
  if (p.bool('owned')) list = list.filter((x) => x.ownerId === ctx.user.id);
  const orderBy = p.str('order_by') ?? 'created_at';
  const desc = (p.str('sort') ?? 'desc') !== 'asc';
  const key = (x: Project): string | number =>
    orderBy === 'id' ? x.id : orderBy === 'name' ? x.name.toLowerCase() : orderBy === 'path' ? x.path : `${x.createdAt}#${String(x.id).padStart(9, '0')}`;
  return paginate(p, ctx.url, sortBy(list, key, desc), (x) => S.project(ctx.render, x), { keyset: true });
}

export function registerProjectRoutes(router: Router): void {
  // membership=true and the default both mean "projects I can access" here: every emulated project is private.
  router.add('GET', '/projects', (ctx) => listProjects(ctx, [...ctx.state.projects.values()]));
  router.add('GET', '/projects/:id', (ctx) => json(200, S.project(ctx.render, findProject(ctx), true)));
}
