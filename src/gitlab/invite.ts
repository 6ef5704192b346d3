/**
 * Inviting people: de-duplicated, checked, sent in batches GitLab accepts (100 recipients), one outcome per
 * recipient. A POST whose answer was lost is never re-sent blindly: first read what the server now has for
 * those recipients (inviteReconcile.ts), then send only what is missing.
 */
import type { CallOptions, InviteRequest } from './api';
import { withCall } from './callContext';
import { versionAtLeast, type ClientContext } from './context';
import { isGitLabError } from './errors';
import { classify, outcome, outcomesFromBody, recipientKey, type Recipient } from './inviteOutcomes';
import { existedBefore, presentOnServer, type Found } from './inviteReconcile';
import { invitationsOf, membersOf } from './resources';
import type { InviteOutcome, SourceRef } from './types';
import { checkAccessLevel, checkExpiry, isValidEmail } from './validate';

export const MAX_INVITE_BATCH = 100;
const MAX_ROUNDS = 3;

export async function invite(ctx: ClientContext, source: SourceRef, req: InviteRequest, opts?: CallOptions): Promise<InviteOutcome[]> {
  checkAccessLevel(req.accessLevel);
  checkExpiry(req.expiresAt);
  const { recipients, refused } = recipientsOf(req);
  const results: InviteOutcome[] = [...refused];
  const users = recipients.filter((r) => r.kind === 'user');
  const noUserInvites = users.length > 0 && !versionAtLeast(await ctx.version(opts), '14.10');
  if (noUserInvites) results.push(...(await addUsersOneByOne(ctx, source, users, req, opts)));
  const batchable = noUserInvites ? recipients.filter((r) => r.kind === 'email') : recipients;
  for (let i = 0; i < batchable.length; i += MAX_INVITE_BATCH) {
    results.push(...(await sendBatch(ctx, source, batchable.slice(i, i + MAX_INVITE_BATCH), req, opts)));
  }
  return results;
}

function recipientsOf(req: InviteRequest): { recipients: Recipient[]; refused: InviteOutcome[] } {
  const recipients: Recipient[] = [];
  const refused: InviteOutcome[] = [];
  const seen = new Set<string>();
  for (const raw of req.emails ?? []) {
    const email = raw.trim();
    if (!email || seen.has(email.toLowerCase())) continue;
    seen.add(email.toLowerCase());
    if (isValidEmail(email)) recipients.push({ kind: 'email', name: email });
    else refused.push({ recipient: email, kind: 'email', status: 'failed', message: 'Not a valid email address; not sent.' });
  }
  for (const user of req.users ?? []) {
    if (seen.has(`#${user.id}`)) continue;
    seen.add(`#${user.id}`);
    if (Number.isInteger(user.id) && user.id > 0) recipients.push({ kind: 'user', name: user.username, userId: user.id });
    else refused.push({ recipient: user.username, kind: 'user', status: 'failed', message: 'Not a valid user id; not sent.' });
  }
  return { recipients, refused };
}

async function sendBatch(ctx: ClientContext, source: SourceRef, batch: Recipient[], req: InviteRequest, opts?: CallOptions): Promise<InviteOutcome[]> {
  const results: InviteOutcome[] = [];
  const sentAt = ctx.serverNow();
  let pending = batch;
  let lastError = '';
  for (let round = 0; round < MAX_ROUNDS && pending.length > 0; round++) {
    try {
      const body = await withCall(opts, () => post(ctx, source, pending, req));
      return [...results, ...outcomesFromBody(body, pending)];
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (!isGitLabError(error) || !error.ambiguous) return [...results, ...pending.map((r) => outcome(r, 'failed', message))];
      lastError = message;
      let present: Map<string, Found>;
      try {
        present = await presentOnServer(ctx, source, pending, opts);
      } catch (checkError) {
        const why = checkError instanceof Error ? checkError.message : String(checkError);
        const text = `GitLab's answer was lost (${message}) and checking whether the invitation arrived failed (${why}). Refresh the Invitations folder before trying again.`;
        return [...results, ...pending.map((r) => outcome(r, 'failed', text))];
      }
      for (const r of pending) {
        const found = present.get(recipientKey(r));
        if (found) results.push(foundOutcome(r, found, sentAt));
      }
      pending = pending.filter((r) => !present.has(recipientKey(r)));
    }
  }
  return [...results, ...pending.map((r) => outcome(r, 'failed', lastError))];
}

function foundOutcome(r: Recipient, found: Found, sentAt: number): InviteOutcome {
  if (!existedBefore(found, sentAt)) return outcome(r, 'invited', 'Confirmed on the server after an interrupted answer.');
  return outcome(r, 'already', found.as === 'member' ? 'Already a member before this request.' : 'Already invited before this request.');
}

function post(ctx: ClientContext, source: SourceRef, batch: Recipient[], req: InviteRequest): Promise<unknown> {
  const emails = batch.filter((r) => r.kind === 'email').map((r) => r.name);
  const userIds = batch.filter((r) => r.kind === 'user').map((r) => r.userId);
  const options = {
    ...(emails.length ? { email: emails.join(',') } : {}),
    ...(userIds.length ? { userId: userIds.join(',') } : {}),
    ...(req.expiresAt ? { expiresAt: req.expiresAt } : {}),
    ...(req.memberRoleId !== undefined ? { memberRoleId: req.memberRoleId } : {}),
  };
  return invitationsOf(ctx.resources(), source.kind).add(source.id, req.accessLevel as never, options as never);
}

/** Servers older than 14.10 cannot invite by user id: add each user as a member instead. */
async function addUsersOneByOne(ctx: ClientContext, source: SourceRef, users: Recipient[], req: InviteRequest, opts?: CallOptions): Promise<InviteOutcome[]> {
  const results: InviteOutcome[] = [];
  for (const user of users) {
    try {
      const extra = req.expiresAt ? { expiresAt: req.expiresAt } : {};
      await withCall(opts, () => membersOf(ctx.resources(), source.kind).add(source.id, req.accessLevel as never, { userId: user.userId, ...extra } as never));
      results.push(outcome(user, 'invited'));
    } catch (error) {
      const text = isGitLabError(error) ? (error.gitlabMessage ?? error.message) : String(error);
      const already = (isGitLabError(error) && error.kind === 'conflict') || classify(text) === 'already';
      results.push(outcome(user, already ? 'already' : 'failed', text));
    }
  }
  return results;
}
