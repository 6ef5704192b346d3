/**
 * After an invitation POST whose answer was lost: what the server now has for those recipients, and whether it
 * had it before the POST. An email gets a pending invitation, or, when it belongs to an existing user, GitLab
 * makes that user a member instead; a user id becomes a membership. What existed before this request is
 * "already", not "invited": told apart by the record's `created_at` against the server's clock at the first POST.
 *
 * Nothing is read before the first POST: that would cost every invite a request per email (GitLab cannot look
 * up several emails at once) to guard against a rare lost answer. Limit: an email whose user GitLab's search
 * does not reveal (a private email, for a caller who is not an administrator) is not found as a member; it is
 * sent again and GitLab's "already exists" answer is reported as "already", even if the lost POST added them.
 */
import type { CallOptions } from './api';
import { withCall } from './callContext';
import type { ClientContext } from './context';
import { allInvitations } from './invitations';
import { recipientKey, type Recipient } from './inviteOutcomes';
import { MAX_PER_PAGE } from './paging';
import { membersOf } from './resources';
import type { SourceRef } from './types';
import { findUserByEmail } from './userByEmail';

export interface Found {
  readonly as: 'invitation' | 'member';
  readonly createdAt?: string;
  readonly accessLevel: number;
}

/** How far a record's `created_at` may precede our estimate of the server's clock and still be ours. */
const CLOCK_TOLERANCE_MS = 2_000;

/** Whether a record found after the lost answer was created before the first POST (server clock `sentAtMs`). */
export function existedBefore(found: Found, sentAtMs: number): boolean {
  const created = found.createdAt ? Date.parse(found.createdAt) : NaN;
  return Number.isFinite(created) && created < sentAtMs - CLOCK_TOLERANCE_MS;
}

/** What the server has for these recipients, by `recipientKey`. */
export async function presentOnServer(ctx: ClientContext, source: SourceRef, batch: Recipient[], opts?: CallOptions): Promise<Map<string, Found>> {
  const found = new Map<string, Found>();
  const emails = batch.filter((r) => r.kind === 'email');
  if (emails.length > 0) {
    for (const inv of await allInvitations(ctx, source, { signal: opts?.signal })) {
      found.set(inv.email.toLowerCase(), { as: 'invitation', createdAt: inv.createdAt, accessLevel: inv.accessLevel });
    }
  }
  const keyOfUser = new Map<number, string>();
  for (const r of batch) if (r.kind === 'user' && r.userId !== undefined) keyOfUser.set(r.userId, recipientKey(r));
  const notInvited = emails.filter((r) => !found.has(recipientKey(r)));
  const users = await Promise.all(notInvited.map(async (r) => (await findUserByEmail(ctx, r.name, opts))?.id));
  notInvited.forEach((r, i) => {
    const id = users[i];
    if (id !== undefined && !keyOfUser.has(id)) keyOfUser.set(id, recipientKey(r));
  });
  if (keyOfUser.size > 0) {
    for (const m of await directMembers(ctx, source, [...keyOfUser.keys()], opts)) {
      const key = keyOfUser.get(m.id);
      if (key !== undefined) found.set(key, { as: 'member', createdAt: m.createdAt, accessLevel: m.accessLevel });
    }
  }
  return found;
}

async function directMembers(ctx: ClientContext, source: SourceRef, userIds: number[], opts?: CallOptions): Promise<Array<{ id: number; createdAt?: string; accessLevel: number }>> {
  const rows: Array<{ id: number; createdAt?: string; accessLevel: number }> = [];
  for (let i = 0; i < userIds.length; i += MAX_PER_PAGE) {
    const ids = userIds.slice(i, i + MAX_PER_PAGE);
    const page = (await withCall(opts, () => membersOf(ctx.resources(), source.kind).all(source.id, { userIds: ids, perPage: MAX_PER_PAGE, page: 1 }))) as unknown as Array<{ id: unknown; created_at?: unknown; access_level?: unknown }>;
    for (const m of page) rows.push({ id: Number(m.id), createdAt: typeof m.created_at === 'string' ? m.created_at : undefined, accessLevel: Number(m.access_level) });
  }
  return rows;
}
