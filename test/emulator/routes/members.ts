// Reading members: GET /(groups|projects)/:id/members[/all][/:user_id]
import { effectiveMembers } from '../access';
import { fail, json, plainError, recordNotFound } from '../errors';
import { paginate } from '../paging';
import type { Router, RouteCtx } from '../router';
import * as S from '../serialize';
import type { Membership, User } from '../types';
import { findSource, intPath, matchesQuery, SOURCE_TYPES, type SourceType } from './common';

/** query (name/username substring or exact public email), user_ids, skip_users, state (awaiting|active). */
function filterMembers(ctx: RouteCtx, members: Membership[]): Membership[] {
  const p = ctx.params;
  let list = members;
  const query = p.str('query');
  if (query) list = list.filter((m) => matchesQuery(query, ctx.state.userById(m.userId) as User));
  const ids = p.intList('user_ids');
  if (ids && ids.length) list = list.filter((m) => ids.includes(m.userId));
  const skip = p.intList('skip_users');
  if (skip && skip.length) list = list.filter((m) => !skip.includes(m.userId));
  const state = p.str('state');
  if (state !== undefined) {
    if (state !== 'awaiting' && state !== 'active') fail(plainError(400, 'state does not have a valid value'));
    list = list.filter((m) => m.state === state);
  }
  return list;
}

function list(ctx: RouteCtx, type: SourceType, all: boolean) {
  const source = findSource(ctx, type);
  const rows = all ? effectiveMembers(ctx.state, source).map((e) => e.membership) : ctx.state.directMembers(source);
  const withEmail = S.showsMemberEmail(ctx.render, source);
  return paginate(ctx.params, ctx.url, filterMembers(ctx, rows), (m) => S.member(ctx.render, m, withEmail));
}

function one(ctx: RouteCtx, type: SourceType, all: boolean) {
  const source = findSource(ctx, type);
  const userId = intPath(ctx, 'user_id');
  const m = all
    ? effectiveMembers(ctx.state, source).find((e) => e.membership.userId === userId)?.membership
    : ctx.state.directMember(source, userId);
  if (!m) fail(recordNotFound()); // members.rb: source_members(source).find_by!(user_id:)
  return json(200, S.member(ctx.render, m, S.showsMemberEmail(ctx.render, source)));
}

export function registerMemberReadRoutes(router: Router): void {
  for (const type of SOURCE_TYPES) {
    router.add('GET', `/${type}/:id/members`, (ctx) => list(ctx, type, false));
    router.add('GET', `/${type}/:id/members/all`, (ctx) => list(ctx, type, true));
    router.add('GET', `/${type}/:id/members/:user_id`, (ctx) => one(ctx, type, false));
    router.add('GET', `/${type}/:id/members/all/:user_id`, (ctx) => one(ctx, type, true));
  }
}
