// Validation of a role grant (members and invitations): valid level for the source, expiry not in the past,
// not lower than an inherited membership. Produces GitLab's field-error map.
import { effectiveAccess, inheritedAccess } from '../access';
import { isPastDate, parseExpiresAt } from '../dates';
import { fail, plainError } from '../errors';
import type { RouteCtx } from '../router';
import { inheritedMessage, OWNER, validForSource } from '../roles';
import type { Source } from '../types';

export type FieldErrors = Record<string, string[]>;

export function grantErrors(ctx: RouteCtx, source: Source, userId: number | null, level: number, expiresAt: string | null): FieldErrors {
  const errors: FieldErrors = {};
  const add = (field: string, msg: string) => (errors[field] ??= []).push(msg);
  if (!validForSource(level, source, ctx.version)) add('access_level', 'is not included in the list');
  if (expiresAt && isPastDate(expiresAt)) add('expires_at', 'cannot be a date in the past');
  if (userId !== null) {
    const inherited = inheritedAccess(ctx.state, userId, source);
    if (inherited && level < inherited.level) add('access_level', inheritedMessage(inherited.level, inherited.group.name));
  }
  return errors;
}

export function hasErrors(errors: FieldErrors): boolean {
  return Object.keys(errors).length > 0;
}

function humanize(field: string): string {
  const s = field.replace(/_/g, ' ');
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Rails' errors.full_messages.to_sentence: "Access level is not included in the list and Expires at ...". */
export function fullMessage(errors: FieldErrors): string {
  return toSentence(Object.entries(errors).flatMap(([f, list]) => list.map((m) => `${humanize(f)} ${m}`)));
}

/** Rails' Array#to_sentence: "a", "a and b", "a, b, and c". */
export function toSentence(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join('');
  if (parts.length === 2) return `${parts[0]} and ${parts[1]}`;
  return `${parts.slice(0, -1).join(', ')}, and ${parts[parts.length - 1]}`;
}

/** expires_at: undefined when absent, null when blank (clears), 'YYYY-MM-DD' otherwise; junk -> 400 {"error":"expires_at is invalid"}. */
export function expiresParam(ctx: RouteCtx): string | null | undefined {
  if (!ctx.params.has('expires_at')) return undefined;
  const v = parseExpiresAt(ctx.params.raw.expires_at);
  if (v === 'invalid') fail(plainError(400, 'expires_at is invalid'));
  return v;
}

/** Granting Owner, or touching an Owner, needs the caller to be Owner (matters for project Maintainers). */
export function callerCanHandleOwners(ctx: RouteCtx, source: Source): boolean {
  return effectiveAccess(ctx.state, ctx.user.id, source) >= OWNER;
}
