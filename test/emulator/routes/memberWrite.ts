// Changing members: POST /members, PUT /members/:user_id, DELETE /members/:user_id
import { fail, fieldErrors, forbidden, json, messageError, noContent, notFound, plainError, recordNotFound, type ApiResponse } from '../errors';
import type { Router, RouteCtx } from '../router';
import { OWNER } from '../roles';
import * as S from '../serialize';
import type { Source, User } from '../types';
import { findSource, intPath, requiredInt, requireManage, SOURCE_TYPES, type SourceType } from './common';
import { isLastOwner } from './lastOwner';
import { ldapHeld, ldapLocksAdding } from '../ldap';
import { memberRoleParam } from './memberRoles';
import { callerCanHandleOwners, expiresParam, grantErrors, hasErrors, toSentence } from './grant';
import { INVITE_LIMIT, putUser, UNAUTHORIZED_UPDATE } from './inviteCreate';

/**
 * lib/api/members.rb POST: one user (no comma) answers 404 "User Not Found" or 409 "Member already exists" before
 * any permission check, then 403, 400 with field errors, or 201 with the member. A comma list goes through
 * Members::CreateService: always 201, `{"status":"success"}` or one message string ("alice: … and bob: …"),
 * unknown users dropped, existing members updated (14.9+), the others added anyway.
 */
function create(ctx: RouteCtx, type: SourceType): ApiResponse {
  const level = requiredInt(ctx, 'access_level');
  const rawIds = ctx.params.raw.user_id;
  const rawNames = ctx.params.raw.username;
  if (rawIds !== undefined && rawNames !== undefined) fail(plainError(400, 'user_id, username are mutually exclusive'));
  const ids = ctx.params.list('user_id');
  const usernames = ctx.params.list('username');
  if (!ids?.length && !usernames?.length) fail(plainError(400, 'user_id, username are missing, at least one parameter must be provided'));
  const expiresAt = expiresParam(ctx) ?? null;
  const source = findSource(ctx, type);
  const users = ids?.length
    ? ids.map((id) => (/^\d+$/.test(id) ? ctx.state.userById(Number(id)) : undefined))
    : (usernames ?? []).map((name) => ctx.state.userByUsername(name));
  const multiple = String(rawIds ?? rawNames ?? '').includes(',');
  if (!multiple) return createOne(ctx, source, users[0], level, expiresAt);
  requireManage(ctx, source);
  if (ldapLocksAdding(ctx.state, ctx.user.id, source)) fail(forbidden());
  if (level >= OWNER && !callerCanHandleOwners(ctx, source)) fail(forbidden());
  if (users.length > INVITE_LIMIT) return json(201, { message: `Too many users specified (limit is ${INVITE_LIMIT})`, status: 'error' });
  const found = [...new Map(users.filter((u): u is User => u !== undefined).map((u) => [u.id, u])).values()];
  if (found.length === 0 && !ids?.length) return json(201, { message: 'No users specified.', status: 'error' });
  const failures: string[] = [];
  let unauthorized = false;
  for (const user of found) {
    const why = putUser(ctx, source, user, { level, expiresAt, memberRoleId: null });
    if (why && why !== 'created') failures.push(`${user.username}: ${why}`);
    if (why === UNAUTHORIZED_UPDATE) unauthorized = true;
  }
  if (failures.length === 0) return json(201, { status: 'success' });
  return json(201, { message: toSentence(failures), status: 'error', ...(unauthorized ? { http_status: 'unauthorized' } : {}) });
}

function createOne(ctx: RouteCtx, source: Source, user: User | undefined, level: number, expiresAt: string | null): ApiResponse {
  if (!user) fail(notFound('User'));
  if (ctx.state.directMember(source, user.id)) fail(messageError(409, 'Member already exists'));
  requireManage(ctx, source);
  if (ldapLocksAdding(ctx.state, ctx.user.id, source)) fail(forbidden());
  if (level >= OWNER && !callerCanHandleOwners(ctx, source)) fail(forbidden());
  const errors = grantErrors(ctx, source, user.id, level, expiresAt);
  if (hasErrors(errors)) fail(fieldErrors(errors));
  const m = ctx.state.putMembership(source, {
    userId: user.id, accessLevel: level, expiresAt, createdAt: new Date().toISOString(), createdById: ctx.user.id, state: 'active', memberRoleId: null,
  });
  return json(201, S.member(ctx.render, m, S.showsMemberEmail(ctx.render, source)));
}

function update(ctx: RouteCtx, type: SourceType): ApiResponse {
  const userId = intPath(ctx, 'user_id');
  const level = requiredInt(ctx, 'access_level');
  const expires = expiresParam(ctx);
  const source = findSource(ctx, type);
  const m = ctx.state.directMember(source, userId);
  if (!m) fail(recordNotFound()); // members.rb: source_members(source).find_by!(user_id:), before any permission check
  requireManage(ctx, source);
  if (ldapHeld(ctx.state, source, m)) fail(forbidden());
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

function remove(ctx: RouteCtx, type: SourceType): ApiResponse {
  const userId = intPath(ctx, 'user_id');
  const source = findSource(ctx, type);
  const m = ctx.state.directMember(source, userId);
  if (!m) fail(recordNotFound()); // members.rb: source_members(source).find_by!(user_id:), before any permission check
  // A synced group takes admin_group_member from all but administrators: nobody else removes others (leaving is fine).
  if (userId !== ctx.user.id && ldapLocksAdding(ctx.state, ctx.user.id, source)) fail(forbidden());
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
