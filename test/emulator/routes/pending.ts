// Top-level group only: pending_members, approve (by MEMBER id), approve_all (POST), members/:user_id/state.
// Like GitLab (ee/lib/ee/api/members.rb) a subgroup or a caller who is not Owner gets 400 {"message":"400 Bad request"}.
import { canManageMembers, ownerIds } from '../access';
import { badRequest, fail, json, messageError, noContent, notFound, plainError, type ApiResponse } from '../errors';
import { paginate } from '../paging';
import { ee, type Router, type RouteCtx } from '../router';
import * as S from '../serialize';
import type { Group, Invitation, Membership, User } from '../types';
import { findGroup, intPath } from './common';

function rootGroupForAdmin(ctx: RouteCtx, group: Group): Group {
  if (group.parentId !== null || !canManageMembers(ctx.state, ctx.user.id, group)) fail(badRequest());
  return group;
}

function allRecords(ctx: RouteCtx, group: Group): Array<{ m?: Membership; i?: Invitation }> {
  return ctx.state.hierarchy(group).flatMap((s) => [
    ...ctx.state.directMembers(s).map((m) => ({ m })),
    ...ctx.state.invitationsOf(s).map((i) => ({ i })),
  ]);
}

function pendingMembers(ctx: RouteCtx): ApiResponse {
  const group = rootGroupForAdmin(ctx, findGroup(ctx));
  const users = new Map<number, Membership>();
  const invites = new Map<string, Invitation>();
  for (const { m, i } of allRecords(ctx, group)) {
    if (m && m.state === 'awaiting' && (!users.has(m.userId) || (users.get(m.userId) as Membership).id > m.id)) users.set(m.userId, m);
    if (i && !invites.has(i.email.toLowerCase())) invites.set(i.email.toLowerCase(), i);
  }
  const rows = [
    ...[...users.values()].sort((a, b) => a.userId - b.userId),
    ...[...invites.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, i]) => i),
  ];
  return paginate(ctx.params, ctx.url, rows, (r) => {
    if ('userId' in r) {
      const u = ctx.state.userById(r.userId) as User;
      return { id: r.id, name: u.name, username: u.username, email: u.email, web_url: `${S.webOrigin(ctx.render)}/${u.username}`, invited: false, avatar_url: S.avatarUrl(ctx.render, u.id, u.email), approved: false };
    }
    return { id: r.id, email: r.email, invited: true, avatar_url: S.avatarUrl(ctx.render, r.id, r.email), approved: r.state === 'active' };
  });
}

function approve(ctx: RouteCtx): ApiResponse {
  const memberId = intPath(ctx, 'member_id');
  const group = findGroup(ctx);
  const all = [...ctx.state.groups.values(), ...ctx.state.projects.values()];
  const record = ctx.state.memberRecord(memberId, all);
  if (!record) fail(notFound());
  rootGroupForAdmin(ctx, group);
  let changed = 0;
  for (const { m, i } of allRecords(ctx, group)) {
    const hit = record.membership ? m?.userId === record.membership.userId : i?.email.toLowerCase() === record.invitation?.email.toLowerCase();
    const rec = m ?? i;
    if (hit && rec && rec.state === 'awaiting') {
      rec.state = 'active';
      changed++;
    }
  }
  if (!changed) fail(badRequest('No memberships found'));
  return noContent();
}

function approveAll(ctx: RouteCtx): ApiResponse {
  const group = rootGroupForAdmin(ctx, findGroup(ctx));
  for (const { m, i } of allRecords(ctx, group)) {
    const rec = m ?? i;
    if (rec) rec.state = 'active';
  }
  return noContent();
}

function setState(ctx: RouteCtx): ApiResponse {
  const userId = intPath(ctx, 'user_id');
  const wanted = ctx.params.str('state');
  if (wanted === undefined) fail(plainError(400, 'state is missing'));
  if (wanted !== 'awaiting' && wanted !== 'active') fail(plainError(400, 'state does not have a valid value'));
  const user = ctx.state.userById(userId);
  if (!user) fail(notFound('User'));
  const group = rootGroupForAdmin(ctx, findGroup(ctx));
  const all = allRecords(ctx, group).flatMap(({ m }) => (m && m.userId === userId ? [m] : []));
  if (wanted === 'awaiting') {
    // ee/app/services/members/await_service.rb: yourself, then the last Owner, then nothing to set.
    if (userId === ctx.user.id) fail(messageError(422, 'You cannot set yourself to awaiting'));
    const owners = ownerIds(ctx.state, group);
    if (owners.size === 1 && owners.has(userId)) fail(messageError(422, 'The last owner cannot be set to awaiting'));
  }
  // ActivateService activates awaiting memberships, AwaitService sets active ones: none of those, nothing to do.
  const memberships = all.filter((m) => m.state !== wanted);
  if (!memberships.length) fail(messageError(422, 'No memberships found'));
  for (const m of memberships) m.state = wanted;
  return json(200, { success: true });
}

export function registerPendingRoutes(router: Router): void {
  router.add('GET', '/groups/:id/pending_members', pendingMembers, ee);
  router.add('PUT', '/groups/:id/members/:member_id/approve', approve, ee);
  router.add('POST', '/groups/:id/members/approve_all', approveAll, ee);
  router.add('PUT', '/groups/:id/members/:user_id/state', setState, ee);
}
