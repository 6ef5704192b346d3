// Lookups with GitLab's visibility and permission answers, shared by the route modules.
import { canManageMembers, canSeeGroup, canSeeProject } from '../access';
import { fail, forbidden, notFound, plainError } from '../errors';
import type { RouteCtx } from '../router';
import type { Group, Project, Source, User } from '../types';

export type SourceType = 'groups' | 'projects';
export const SOURCE_TYPES: SourceType[] = ['groups', 'projects'];

/** The group named by :id, or 404 {"message":"404 Group Not Found"} when missing or invisible. */
export function findGroup(ctx: RouteCtx, ref = ctx.path.id): Group {
  const g = ctx.state.groupByRef(ref);
  if (!g || !canSeeGroup(ctx.state, ctx.user.id, g)) fail(notFound('Group'));
  return g;
}

export function findProject(ctx: RouteCtx, ref = ctx.path.id): Project {
  const p = ctx.state.projectByRef(ref);
  if (!p || !canSeeProject(ctx.state, ctx.user.id, p)) fail(notFound('Project'));
  return p;
}

export function findSource(ctx: RouteCtx, type: SourceType): Source {
  return type === 'groups' ? findGroup(ctx) : findProject(ctx);
}

/** 403 unless the caller may manage members (group Owner / project Maintainer+, inherited counts). */
export function requireManage(ctx: RouteCtx, source: Source): void {
  if (!canManageMembers(ctx.state, ctx.user.id, source)) fail(forbidden());
}

/** Integer path parameter (user_id etc.): Grape answers 400 {"error":"user_id is invalid"} for junk. */
export function intPath(ctx: RouteCtx, name: string): number {
  const raw = ctx.path[name];
  if (!/^\d+$/.test(raw)) fail(plainError(400, `${name} is invalid`));
  return Number(raw);
}

/** Required integer body/query parameter: 400 {"error":"<key> is missing"} / {"error":"<key> is invalid"}. */
export function requiredInt(ctx: RouteCtx, key: string): number {
  const v = ctx.params.int(key);
  if (v === undefined) fail(plainError(400, `${key} is missing`));
  return v;
}

/**
 * GitLab's `User.search`: a name or username containing the text, or an exact email; the email only when it is
 * public, unless `privateEmails` (the `/users` search of an administrator).
 */
export function matchesQuery(q: string, u: Pick<User, 'username' | 'name' | 'email' | 'publicEmail'>, privateEmails = false): boolean {
  const s = q.toLowerCase();
  if (u.username.toLowerCase().includes(s) || u.name.toLowerCase().includes(s)) return true;
  return u.email.toLowerCase() === s && (u.publicEmail === true || privateEmails);
}

export function sortBy<T>(items: T[], key: (t: T) => string | number, desc: boolean): T[] {
  return [...items].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    const c = ka < kb ? -1 : ka > kb ? 1 : 0;
    return desc ? -c : c;
  });
}
