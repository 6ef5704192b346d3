// POST /(groups|projects)/:id/invitations, as GitLab's lib/api/invitations.rb and app/services/members/
// (invite_service.rb, creator_service.rb, invite_member_builder.rb) do it, version by version:
// - before 14.9 an existing member answers "User already exists in source"; from 14.9 their role and expiry are
//   set to what the invitation says (up or down; no expiry given clears it), unless they are the group's last
//   Owner ("not authorized to update member", and `http_status: unauthorized` in the body);
// - before about 15.8 a pending invitation of the same email answers "Invite email has already been taken"; from
//   15.8 it is updated (role, expiry); the stored email is lower-cased and looked up exactly, so another case of
//   it answers "The member's email address has already been taken";
// - unknown user ids are dropped silently (User.id_in); one person sent as user id and email is one invitee;
// - failures are keyed by the caller's email string, or by username for user ids; always HTTP 201.
import { fail, forbidden, json, type ApiResponse } from '../errors';
import type { RouteCtx } from '../router';
import { OWNER } from '../roles';
import type { Source, User } from '../types';
import { features } from '../version';
import { isLastOwner } from './lastOwner';
import { callerCanHandleOwners, fullMessage, grantErrors, hasErrors } from './grant';

export const INVITE_LIMIT = 100;

export interface InviteInput {
  readonly level: number;
  readonly emails: readonly string[];
  readonly userIds: readonly string[];
  readonly expiresAt: string | null;
  readonly memberRoleId: number | null;
}

export const UNAUTHORIZED_UPDATE = 'not authorized to update member';

export function inviteAll(ctx: RouteCtx, source: Source, input: InviteInput): ApiResponse {
  if (input.level >= OWNER && source.kind === 'project' && !callerCanHandleOwners(ctx, source)) fail(forbidden());
  const emails = [...new Set(input.emails)];
  if (input.emails.length + input.userIds.length > INVITE_LIMIT) { // counted before duplicates go, as GitLab does
    return json(201, { status: 'error', message: `Too many users specified (limit is ${INVITE_LIMIT})` });
  }
  const failures: Record<string, string> = {};
  let unauthorized = false;
  const seenUsers = new Set<number>();
  const inviteUser = (key: string, user: User) => {
    if (seenUsers.has(user.id)) return;
    seenUsers.add(user.id);
    const why = putUser(ctx, source, user, input);
    if (why === 'created') ctx.state.noteInviteCreated(user.email);
    else if (why) failures[key] = why;
    if (why === UNAUTHORIZED_UPDATE) unauthorized = true;
  };
  for (const id of new Set(input.userIds)) {
    const user = /^\d+$/.test(id) ? ctx.state.userById(Number(id)) : undefined;
    if (user) inviteUser(user.username, user);
  }
  for (const email of emails) {
    const user = ctx.state.userByEmail(email);
    if (user) inviteUser(email, user);
    else {
      const why = putEmail(ctx, source, email, input);
      if (why) failures[email] = why;
    }
  }
  if (Object.keys(failures).length === 0) return json(201, { status: 'success' });
  return json(201, { message: failures, status: 'error', ...(unauthorized ? { http_status: 'unauthorized' } : {}) });
}

/**
 * A user invitee: a new membership ('created'), or (14.9+) the existing one set to the invitation's role and expiry
 * (undefined); otherwise why not. Members::CreatorService, shared by the invitations API and the members API's
 * multi-user POST.
 */
export function putUser(ctx: RouteCtx, source: Source, user: User, input: Omit<InviteInput, 'emails' | 'userIds'>): string | undefined {
  const existing = ctx.state.directMember(source, user.id);
  if (existing && !features.inviteUpdatesMembers(ctx.version)) return 'User already exists in source';
  if (existing && (isLastOwner(ctx, source, user.id) || (existing.accessLevel >= OWNER && !callerCanHandleOwners(ctx, source)))) return UNAUTHORIZED_UPDATE;
  const errors = grantErrors(ctx, source, user.id, input.level, input.expiresAt);
  if (hasErrors(errors)) return fullMessage(errors);
  if (existing) return void Object.assign(existing, grant(input));
  ctx.state.putMembership(source, { userId: user.id, ...grant(input), ...created(ctx) });
  return 'created';
}

/** An email of no user: a new invitation (stored lower-cased), or (15.8+) the pending one updated. */
function putEmail(ctx: RouteCtx, source: Source, email: string, input: InviteInput): string | undefined {
  const pending = ctx.state.invitation(source, email);
  const updates = features.inviteUpdatesInvitations(ctx.version);
  if (pending && (!updates || pending.email !== email)) {
    return updates ? 'The member\'s email address has already been taken' : 'Invite email has already been taken';
  }
  const errors = grantErrors(ctx, source, null, input.level, input.expiresAt);
  if (hasErrors(errors)) return fullMessage(errors);
  if (pending) return void Object.assign(pending, grant(input));
  ctx.state.putInvitation(source, { email: email.toLowerCase(), ...grant(input), ...created(ctx) });
  ctx.state.noteInviteCreated(email);
  return undefined;
}

/** What an invitation sets on a membership or invitation, new or existing (creator_service.rb member_attributes). */
function grant(input: Pick<InviteInput, 'level' | 'expiresAt' | 'memberRoleId'>) {
  return { accessLevel: input.level, expiresAt: input.expiresAt, memberRoleId: input.memberRoleId };
}

/** What a new record gets besides: who created it, when, active. */
function created(ctx: RouteCtx) {
  return { createdAt: new Date().toISOString(), createdById: ctx.user.id, state: 'active' as const };
}
