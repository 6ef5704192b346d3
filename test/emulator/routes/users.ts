// /version, /user, /personal_access_tokens/self, /users, /users/:id, /users/:id/projects
import { fail, json, notFound } from '../errors';
import { paginate } from '../paging';
import type { Router, RouteCtx } from '../router';
import * as S from '../serialize';
import type { User } from '../types';
import { features } from '../version';
import { intPath, matchesQuery, sortBy } from './common';
import { listProjects } from './projects';

function findUser(ctx: RouteCtx): User {
  const u = ctx.state.userById(intPath(ctx, 'user_id'));
  if (!u) fail(notFound('User'));
  return u;
}

function listUsers(ctx: RouteCtx) {
  const p = ctx.params;
  let users = [...ctx.state.users.values()];
  const username = p.str('username');
  if (username) users = users.filter((u) => u.username.toLowerCase() === username.toLowerCase());
  const search = p.str('search');
  if (search) users = users.filter((u) => matchesQuery(search, u, ctx.user.isAdmin === true));
  const orderBy = p.str('order_by') ?? 'id';
  const desc = (p.str('sort') ?? 'desc') !== 'asc';
  const key = (u: User): string | number => (orderBy === 'name' ? u.name : orderBy === 'username' ? u.username : u.id);
  return paginate(p, ctx.url, sortBy(users, key, desc), (u) => S.userBasic(ctx.render, u), { keyset: true });
}

export function registerUserRoutes(router: Router): void {
  router.add('GET', '/version', (ctx) => json(200, { version: `${ctx.version}-ee`, revision: 'abc' }));
  router.add('GET', '/user', (ctx) => json(200, S.currentUser(ctx.render, ctx.user)));
  router.add('GET', '/personal_access_tokens/self', (ctx) => json(200, S.token(ctx.token)), features.tokenSelf);
  router.add('GET', '/users', listUsers);
  router.add('GET', '/users/:user_id', (ctx) => json(200, S.userBasic(ctx.render, findUser(ctx))));
  // The project list's filters and order (order_by, sort; created_at desc by default), as on /projects.
  router.add('GET', '/users/:user_id/projects', (ctx) => {
    const owner = findUser(ctx);
    return listProjects(ctx, [...ctx.state.projects.values()].filter((p) => p.ownerId === owner.id));
  });
}
