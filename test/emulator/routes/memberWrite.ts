// Changing members: POST /members, PUT /members/:user_id, DELETE /members/:user_id
import { ownerIds } from '../access';
import { fail, fieldErrors, forbidden, json, messageError, noContent, notFound, plainError, type ApiResponse } from '../errors';
import type { Router, RouteCtx } from '../router';
import { OWNER } from '../roles';
import * as S from '../serialize';
import type { Source } from '../types';
import { findSource, intPath, requiredInt, requireManage, SOURCE_TYPES, type SourceType } from './common';
import { memberRoleParam } from './memberRoles';
import { callerCanHandleOwners, expiresParam, fullMessage, grantErrors, hasErrors } from './grant';

function create(ctx: RouteCtx, type: SourceType): ApiResponse {
  const level = requiredInt(ctx, 'access_level');
  const ids = ctx.params.list('user_id');
  const usernames = ctx.params.list('username');
  if (!ids?.length && !usernames?.length) fail(plainError(400, 'user_id, username are missing, at least one parameter must be provided'));
  const expiresAt = expiresParam(ctx) ?? null;
  const source = findSource(ctx, type);
  requireManage(ctx, source);
  const ownerDenied = level >= OWNER && !callerCanHandleOwners(ctx, source);
  const users = ids?.length
    ? ids.map((id) => ({ key: id, user: /^\d+$/.test(id) ? ctx.state.userById(Number(id)) : undefined }))
    : (usernames ?? []).map((name) => ({ key: name, user: ctx.state.userByUsername(name) }));

  if (users.length === 1) {
    const user = users[0].user;
    if (!user) fail(notFound('User'));
    if (ctx.state.directMember(source, user.id)) fail(messageError(409, 'Member already exists'));
    if (ownerDenied) fail(forbidden());
    const errors = grantErrors(ctx, source, user.id, level, expiresAt);
    if (hasErrors(errors)) fail(fieldErrors(errors));
    const m = add(ctx, source, user.id, level, expiresAt);
    return json(201, S.member(ctx.render, m, S.showsMemberEmail(ctx.render, source)));
  }
  if (ownerDenied) fail(forbidden());
  const failures: Record<string, string> = {};
  for (const { key, user } of users) {
    if (!user) failures[key] = 'User not found';
    else if (ctx.state.directMember(source, user.id)) failures[user.username] = 'User already exists in source';
    else {
      const errors = grantErrors(ctx, source, user.id, level, expiresAt);
      if (hasErrors(errors)) failures[user.username] = fullMessage(errors);
      else add(ctx, source, user.id, level, expiresAt);
    }
  }
  return json(201, Object.keys(failures).length ? { status: 'error', message: failures } : { status: 'success' });
}

function add(ctx: RouteCtx, source: Source, userId: number, level: number, expiresAt: string | null) {
  return ctx.state.putMembership(source, {
    userId, accessLevel: level, expiresAt, createdAt: new Date().toISOString(), createdById: ctx.user.id, state: 'active', memberRoleId: null,
  });
}

function update(ctx: RouteCtx, type: SourceType): ApiResponse {
  const userId = intPath(ctx, 'user_id');
  const level = requiredInt(ctx, 'access_level');
  const expires = expiresParam(ctx);
  const source = findSource(ctx, type);
  const m = ctx.state.directMember(source, userId);
  if (!m) fail(notFound('Member'));
  requireManage(ctx, source);
  if ((m.accessLevel >= OWNER || level >= OWNER) && !callerCanHandleOwners(ctx, source)) fail(forbidden());
  const expiresAt = expires === undefined ? m.expiresAt : expires;
  const errors = grantErrors(ctx, source, userId, level, expires === undefined ? null : expiresAt);
  if (hasErrors(errors)) fail(fieldErrors(errors));
  if (isLastOwner(ctx, source, userId) && level < OWNER) fail(forbidden());
  const memberRoleId = memberRoleParam(ctx, source, level);
  // member_role_id null, or a new standard role without member_role_id, ends the custom role.
  if (memberRoleId !== undefined) m.memberRoleId = memberRoleId;
  else if (level !== m.accessLevel) m.memberRoleId = null;
  m.accessLevel = level;
  m.expiresAt = expiresAt;
  return json(200, S.member(ctx.render, m, S.showsMemberEmail(ctx.render, source)));
}

function isLastOwner(ctx: RouteCtx, source: Source, userId: number): boolean {
  if (source.kind !== 'group' || (ctx.state.directMember(source, userId)?.accessLevel ?? 0) < OWNER) return false;
  const owners = ownerIds(ctx.state, source);
  return owners.size === 1 && owners.has(userId);
}

function remove(ctx: RouteCtx, type: SourceType): ApiResponse {
  const userId = intPath(ctx, 'user_id');
  const source = findSource(ctx, type);
  const m = ctx.state.directMember(source, userId);
  if (!m) fail(notFound('Member'));
  if (userId !== ctx.user.id) {
    requireManage(ctx, source);
    if (m.accessLevel >= OWNER && !callerCanHandleOwners(ctx, source)) fail(forbidden());
  }
  if (isLastOwner(ctx, source, userId)) fail(forbidden());
  ctx.state.removeMembership(source, userId);
  if (source.kind === 'group' && !ctx.params.bool('skip_subresources')) {
    for (const s of ctx.state.hierarchy(source).slice(1)) ctx.state.removeMembership(s, userId);
  }
  return noContent();
}

export function registerMemberWriteRoutes(router: Router): void {
  for (const type of SOURCE_TYPES) {
    router.add('POST', `/${type}/:id/members`, (ctx) => create(ctx, type));
    router.add('PUT', `/${type}/:id/members/:user_id`, (ctx) => update(ctx, type));
    router.add('DELETE', `/${type}/:id/members/:user_id`, (ctx) => remove(ctx, type));
  }
}
