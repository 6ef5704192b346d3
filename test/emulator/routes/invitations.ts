// Invitations: POST/GET /(groups|projects)/:id/invitations, PUT/DELETE .../invitations/:email (DELETE: 204/403/404/422)
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
import { ldapLocksAdding } from '../ldap';
import { memberRoleParam } from './memberRoles';
import { callerCanHandleOwners, expiresParam, grantErrors, hasErrors } from './grant';
import { inviteAll } from './inviteCreate';

const EMAIL_RE = /^[^@\s]+@[^@\s]+$/; // Devise.email_regexp, used by Grape's email_or_email_list validator

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
  const emails = ctx.params.list('email') ?? [];
  if (emails.some((e) => !EMAIL_RE.test(e))) fail(plainError(400, 'email contains an invalid email address'));
  const byId = features.inviteByUserId(ctx.version);
  const userIds = byId ? (ctx.params.list('user_id') ?? []) : [];
  if (!byId && !emails.length) fail(plainError(400, 'email is missing'));
  if (!emails.length && !userIds.length) fail(badRequest('Must provide either email or user_id as a parameter'));
  const expiresAt = expiresParam(ctx) ?? null;
  const source = findSource(ctx, type);
  requireManage(ctx, source);
  if (ldapLocksAdding(ctx.state, ctx.user.id, source)) fail(forbidden());
  const memberRoleId = memberRoleParam(ctx, source, level) ?? null;
  return inviteAll(ctx, source, { level, emails, userIds, expiresAt, memberRoleId });
}

/** members_helpers.rb retrieve_member_invitations(source, email): where(invite_email:), an exact match. */
function findInvite(ctx: RouteCtx, source: Source) {
  const inv = ctx.state.invitationsOf(source).find((i) => i.email === ctx.path.email);
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
  // The docs say 409; lib/api/invitations.rb answers unprocessable_entity! (invitations_spec: "returns 422 for a
  // valid request if the resource was not destroyed").
  if (inv.undeletable) fail(messageError(422, '422 Unprocessable Entity'));
  ctx.state.removeInvitation(source, inv.email);
  return noContent();
}

function list(ctx: RouteCtx, type: SourceType): ApiResponse {
  const source = findSource(ctx, type);
  requireManage(ctx, source);
  // members_helpers.rb retrieve_member_invitations: where(invite_email: query), an exact, case-sensitive match.
  const query = ctx.params.str('query');
  const rows = ctx.state.invitationsOf(source).filter((i) => !query || i.email === query);
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
