/**
 * Where GitLab's API takes more than gitbeaker's types declare, in one place with each gap named. A function here
 * only gives a value the static type gitbeaker's method wants; the value sent is the one given (gitbeaker passes
 * options through as they are). The contract tests (test/unit/contract/) check GitLab's side of each.
 */
import type { Resources } from './resources';
import type { AccessLevel } from './types';

type GroupInvitations = Resources['invitations']['group'];
type GroupMembers = Resources['members']['group'];

/** gitbeaker's AccessLevel enum lacks levels GitLab has (Planner, 15, from 17.7); any level is sent as its number. */
export function gitbeakerLevel(level: AccessLevel): Parameters<GroupMembers['add']>[1] {
  return level as Parameters<GroupMembers['add']>[1];
}

/**
 * `POST …/invitations`: GitLab takes `email` and `user_id` together (comma lists) and `member_role_id`
 * (lib/api/invitations.rb); gitbeaker types one of the two and no member role.
 */
export function invitationAddOptions(options: { email?: string; userId?: string; expiresAt?: string; memberRoleId?: number }): Parameters<GroupInvitations['add']>[2] {
  return options as Parameters<GroupInvitations['add']>[2];
}

/** `POST …/members` with a user id (a number; gitbeaker types it as a string or a username). */
export function memberAddOptions(options: { userId?: number; expiresAt?: string }): Parameters<GroupMembers['add']>[2] {
  return options as unknown as Parameters<GroupMembers['add']>[2];
}

/** `PUT …/members/:id`: `expires_at` and `member_role_id` null clear them (lib/api/members.rb); gitbeaker has no null. */
export function memberEditOptions(options: { expiresAt?: string | null; memberRoleId?: number | null }): Parameters<GroupMembers['edit']>[3] {
  return options as Parameters<GroupMembers['edit']>[3];
}

/** `PUT …/invitations/:email`: `expires_at` null clears it; gitbeaker has no null. */
export function invitationEditOptions(options: { accessLevel?: AccessLevel; expiresAt?: string | null }): Parameters<GroupInvitations['edit']>[2] {
  return options as Parameters<GroupInvitations['edit']>[2];
}
