// Invitations: POST/GET /(groups|projects)/:id/invitations, PUT/DELETE .../invitations/:email (DELETE: 204/403/404/409)
import { badRequest, fail, fieldErrors, forbidden, json, messageError, noContent, notFound, plainError, type ApiResponse } from '../errors';
import { paginate } from '../paging';
import type { Params } from '../params';
import type { Router, RouteCtx } from '../router';
import { knownLevels, OWNER } from '../roles';
import * as S from '../serialize';
import type { EmulatorState } from '../state';
import type { Source } from '../types';
import { features } from '../version';
import { findSource, requiredInt, requireManage, SOURCE_TYPES, type SourceType } from './common';
import { memberRoleParam } from './memberRoles';
import { callerCanHandleOwners, expiresParam, fullMessage, grantErrors, hasErrors } from './grant';

const EMAIL_RE = /^[^@\s]+@[^@\s]+$/; // Devise.email_regexp, used by Grape's email_or_email_list validator
export const INVITE_LIMIT = 100;

/** Called by the server for every POST .../invitations that arrives (before auth, faults and validation). */
export function noteInvitePost(state: EmulatorState, params: Params): void {
  const emails = new Set((params.list('email') ?? []).map((e) => e.toLowerCase()));
  for (const e of emails) state.noteInvitePost(e);
}

function levelParam(ctx: RouteCtx, required: boolean): number | undefined {
  const level = required ? requiredInt(ctx, 'access_level') : ctx.params.int('access_level');
  if (level !== undefined && !knownLevels(ctx.version).includes(level)) fail(plainError(400, 'access_level does not have a valid value'));
  return level;
}

function create(ctx: RouteCtx, type: SourceType): ApiResponse {
  const level = levelParam(ctx, true) as number;
  const emails = [...new Map((ctx.params.list('email') ?? []).map((e) => [e.toLowerCase(), e])).values()];
  if (emails.some((e) => !EMAIL_RE.test(e))) fail(plainError(400, 'email contains an invalid email address'));
  const byId = features.inviteByUserId(ctx.version);
  const userIds = byId ? [...new Set(ctx.params.list('user_id') ?? [])] : [];
  if (!byId && !emails.length) fail(plainError(400, 'email is missing'));
  if (!emails.length && !userIds.length) fail(badRequest('Must provide either email or user_id as a parameter'));
  const expiresAt = expiresParam(ctx) ?? null;
  const source = findSource(ctx, type);
  requireManage(ctx, source);
  if (level >= OWNER && !callerCanHandleOwners(ctx, source)) fail(forbidden());
  const memberRoleId = memberRoleParam(ctx, source, level) ?? null;
  if (emails.length + userIds.length > INVITE_LIMIT) {
    return json(201, { status: 'error', message: `Too many users specified (limit is ${INVITE_LIMIT})` });
  }
  const failures: Record<string, string> = {};
  const addUser = (key: string, userId: number) => {
    const user = ctx.state.userById(userId);
    if (!user) return;
    if (ctx.state.directMember(source, userId)) return void (failures[key] = 'User already exists in source');
    const errors = grantErrors(ctx, source, userId, level, expiresAt);
    if (hasErrors(errors)) return void (failures[key] = fullMessage(errors));
    ctx.state.putMembership(source, {
      userId, accessLevel: level, expiresAt, createdAt: new Date().toISOString(), createdById: ctx.user.id, state: 'active', memberRoleId,
    });
    ctx.state.noteInviteCreated(user.email);
  };
  for (const email of emails) {
    const user = ctx.state.userByEmail(email);
    if (user) addUser(email, user.id);
    else if (ctx.state.invitation(source, email)) failures[email] = 'Invite email has already been taken';
    else {
      const errors = grantErrors(ctx, source, null, level, expiresAt);
      if (hasErrors(errors)) failures[email] = fullMessage(errors);
      else {
        ctx.state.putInvitation(source, {
          email, accessLevel: level, expiresAt, createdAt: new Date().toISOString(), createdById: ctx.user.id, state: 'active', memberRoleId,
        });
        ctx.state.noteInviteCreated(email);
      }
    }
  }
  for (const id of userIds) {
    const user = /^\d+$/.test(id) ? ctx.state.userById(Number(id)) : undefined;
    if (!user) failures[id] = 'User not found';
    else addUser(user.username, user.id);
  }
  return json(201, Object.keys(failures).length ? { status: 'error', message: failures } : { status: 'success' });
}

function findInvite(ctx: RouteCtx, source: Source) {
  const inv = ctx.state.invitation(source, ctx.path.email);
  if (!inv) fail(notFound());
  return inv;
}

function update(ctx: RouteCtx, type: SourceType): ApiResponse {
  const level = levelParam(ctx, false);
  const expires = expiresParam(ctx);
  const source = findSource(ctx, type);
  requireManage(ctx, source);
  const inv = findInvite(ctx, source);
  if (level === undefined && expires === undefined) fail(badRequest());
  if ((inv.accessLevel >= OWNER || (level ?? 0) >= OWNER) && !callerCanHandleOwners(ctx, source)) fail(forbidden());
  const errors = grantErrors(ctx, source, null, level ?? inv.accessLevel, expires ?? null);
  if (hasErrors(errors)) fail(fieldErrors(errors));
  if (level !== undefined) inv.accessLevel = level;
  if (expires !== undefined) inv.expiresAt = expires;
  return json(200, S.invitation(ctx.render, inv));
}

function remove(ctx: RouteCtx, type: SourceType): ApiResponse {
  const source = findSource(ctx, type);
  requireManage(ctx, source);
  const inv = findInvite(ctx, source);
  if (inv.accessLevel >= OWNER && !callerCanHandleOwners(ctx, source)) fail(forbidden());
  // invitations-api.txt: 409 "if the request was valid but the invitation could not be deleted".
  if (inv.undeletable) fail(messageError(409, '409 Conflict'));
  ctx.state.removeInvitation(source, inv.email);
  return noContent();
}

function list(ctx: RouteCtx, type: SourceType): ApiResponse {
  const source = findSource(ctx, type);
  requireManage(ctx, source);
  const query = ctx.params.str('query')?.toLowerCase();
  const rows = ctx.state.invitationsOf(source).filter((i) => !query || i.email.toLowerCase() === query);
  return paginate(ctx.params, ctx.url, rows, (i) => S.invitation(ctx.render, i));
}

export function registerInvitationRoutes(router: Router): void {
  for (const type of SOURCE_TYPES) {
    router.add('GET', `/${type}/:id/invitations`, (ctx) => list(ctx, type));
    router.add('POST', `/${type}/:id/invitations`, (ctx) => create(ctx, type));
    router.add('PUT', `/${type}/:id/invitations/:email`, (ctx) => update(ctx, type));
    router.add('DELETE', `/${type}/:id/invitations/:email`, (ctx) => remove(ctx, type));
  }
}
