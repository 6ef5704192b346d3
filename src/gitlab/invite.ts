/**
 * Inviting people: de-duplicated, checked, sent in batches GitLab accepts (100 recipients), one outcome per
 * recipient. Nobody who already holds a membership or invitation here is sent unless the caller says so
 * (`sendExisting`): GitLab would change their role or invitation (inviteStanding.ts). What they held
 * decides how GitLab's plain "success" reads: invited, role changed, invitation updated, or nothing changed. A POST whose answer was lost is never re-sent blindly: first read what the server now has for
 * those recipients (inviteReconcile.ts), then send only what is missing.
 */
import * as l10n from '@vscode/l10n';
import type { CallOptions, InviteRequest } from './api';
import { withCall } from './callContext';
import { versionAtLeast, type ClientContext } from './context';
import { isGitLabError } from './errors';
import { classify, outcome, outcomesFromBody, recipientKey, type Recipient } from './inviteOutcomes';
import { existedBefore, presentOnServer, type Found } from './inviteReconcile';
import { checkInvitees, type InviteeCheck } from './inviteStanding';
import { invitationsOf, membersOf } from './resources';
import { gitbeakerLevel, invitationAddOptions, memberAddOptions } from './gitbeakerGaps';
import type { InviteOutcome, Source, SourceRef } from './types';
import { checkAccessLevel, checkExpiry, isValidEmail } from './validate';

export const MAX_INVITE_BATCH = 100;
const MAX_ROUNDS = 3;

export async function invite(ctx: ClientContext, source: SourceRef | Source, req: InviteRequest, opts?: CallOptions): Promise<InviteOutcome[]> {
  checkAccessLevel(req.accessLevel);
  checkExpiry(req.expiresAt);
  const all = recipientsOf(req);
  const checks = await checksFor(ctx, source, all.recipients, req.checked, opts);
  const { recipients, refused } = screen(all.recipients, checks, req, all.refused);
  const results: InviteOutcome[] = [...refused];
  const users = recipients.filter((r) => r.kind === 'user');
  const noUserInvites = users.length > 0 && !versionAtLeast(await ctx.version(opts), '14.10');
  if (noUserInvites) results.push(...(await addUsersOneByOne(ctx, source, users, req, opts)));
  const batchable = noUserInvites ? recipients.filter((r) => r.kind === 'email') : recipients;
  for (let i = 0; i < batchable.length; i += MAX_INVITE_BATCH) {
    results.push(...(await sendBatch(ctx, source, batchable.slice(i, i + MAX_INVITE_BATCH), req, checks, opts)));
  }
  return results.map((o) => withStanding(o, checks, req));
}

/** The checks the caller made, completed for any recipient they do not cover. */
async function checksFor(ctx: ClientContext, source: SourceRef | Source, recipients: Recipient[], given: InviteRequest['checked'], opts?: CallOptions): Promise<Map<string, InviteeCheck>> {
  const checks = new Map(given ?? []);
  const missing = recipients.filter((r) => !checks.has(recipientKey(r)));
  if (missing.length > 0) for (const [key, check] of await checkInvitees(ctx, source, missing, opts)) checks.set(key, check);
  return checks;
}

/**
 * Who is sent: not those who already hold something here (unless asked), nor those GitLab would refuse for a
 * higher role in an ancestor group (member.rb higher_access_level_than_group; a share does not count). A pending
 * invitation is sent with its email as GitLab stores it, which it matches exactly.
 */
function screen(all: Recipient[], checks: Map<string, InviteeCheck>, req: InviteRequest, refused: InviteOutcome[]): { recipients: Recipient[]; refused: InviteOutcome[] } {
  const recipients: Recipient[] = [];
  const out = [...refused];
  for (const r of all) {
    const key = recipientKey(r);
    const check = checks.get(key);
    const standing = check?.standing;
    const floor = standing?.as === 'inherited' && standing.from ? standing.accessLevel : standing?.inheritedLevel;
    if (standing && !req.sendExisting?.(standing, key)) out.push(outcome(r, 'left'));
    else if (floor !== undefined && req.accessLevel < floor) {
      const text = standing?.as === 'inherited'
        ? l10n.t('Holds a higher role in a parent group ({0}); GitLab refuses a lower one here. Not sent.', standing.from ?? '')
        : l10n.t('Holds a higher role in a parent group; GitLab refuses a lower one here. Not sent.');
      out.push(outcome(r, 'failed', text));
    } else recipients.push(check?.invitationEmail ? { ...r, name: check.invitationEmail } : r);
  }
  return { recipients, refused: out };
}

/** GitLab says only "success": what the recipient held before tells what that did. */
function withStanding(o: InviteOutcome, checks: Map<string, InviteeCheck>, req: InviteRequest): InviteOutcome {
  const key = o.kind === 'email' ? o.recipient.toLowerCase() : [...checks.keys()].find((k) => checks.get(k)?.recipient.name === o.recipient && k.startsWith('#'));
  const before = key === undefined ? undefined : checks.get(key)?.standing;
  const expiresAt = req.expiresAt ?? null;
  const base = { ...o, accessLevel: req.accessLevel, expiresAt, ...(before ? { before } : {}) };
  if (!before || o.status !== 'invited') return base;
  if (before.as === 'invitation') return { ...base, status: 'updated' };
  // GitLab sets the expiry too (none clears it): a changed expiry is a change, whatever the role.
  const same = before.accessLevel === req.accessLevel && (before.expiresAt ?? null) === expiresAt;
  if (before.as === 'member') return { ...base, status: same ? 'already' : 'changed' };
  return base;
}

/** The request's recipients, de-duplicated, and those refused before any request (not an email, not a user id). */
export function recipientsOf(req: Pick<InviteRequest, 'emails' | 'users'>): { recipients: Recipient[]; refused: InviteOutcome[] } {
  const recipients: Recipient[] = [];
  const refused: InviteOutcome[] = [];
  const seen = new Set<string>();
  for (const raw of req.emails ?? []) {
    const email = raw.trim();
    if (!email || seen.has(email.toLowerCase())) continue;
    seen.add(email.toLowerCase());
    if (isValidEmail(email)) recipients.push({ kind: 'email', name: email });
    else refused.push({ recipient: email, kind: 'email', status: 'failed', message: l10n.t('Not a valid email address; not sent.') });
  }
  for (const user of req.users ?? []) {
    if (seen.has(`#${user.id}`)) continue;
    seen.add(`#${user.id}`);
    if (Number.isInteger(user.id) && user.id > 0) recipients.push({ kind: 'user', name: user.username, userId: user.id });
    else refused.push({ recipient: user.username, kind: 'user', status: 'failed', message: l10n.t('Not a valid user id; not sent.') });
  }
  return { recipients, refused };
}

async function sendBatch(ctx: ClientContext, source: SourceRef, batch: Recipient[], req: InviteRequest, checks: Map<string, InviteeCheck>, opts?: CallOptions): Promise<InviteOutcome[]> {
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
        const text = l10n.t("GitLab's answer was lost ({0}) and checking whether the invitation arrived failed ({1}). Refresh the Invitations folder before trying again.", message, why);
        return [...results, ...pending.map((r) => outcome(r, 'failed', text))];
      }
      // Someone sent on purpose although they had access here arrived only if they now hold the role asked for.
      const arrived = (r: Recipient) => {
        const found = present.get(recipientKey(r));
        return found !== undefined && (!checks.get(recipientKey(r))?.standing || found.accessLevel === req.accessLevel);
      };
      for (const r of pending) {
        const found = present.get(recipientKey(r));
        if (found && arrived(r)) results.push(foundOutcome(r, found, sentAt, checks.get(recipientKey(r))?.standing !== undefined));
      }
      pending = pending.filter((r) => !arrived(r));
    }
  }
  return [...results, ...pending.map((r) => outcome(r, 'failed', lastError))];
}

/** `changedOnPurpose`: they held something before and now hold what was asked: the lost request did it. */
function foundOutcome(r: Recipient, found: Found, sentAt: number, changedOnPurpose: boolean): InviteOutcome {
  if (changedOnPurpose || !existedBefore(found, sentAt)) return outcome(r, 'invited', l10n.t('Confirmed on the server after an interrupted answer.'));
  return outcome(r, 'already', found.as === 'member' ? l10n.t('Already a member before this request.') : l10n.t('Already invited before this request.'));
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
  return invitationsOf(ctx.resources(), source.kind).add(source.id, gitbeakerLevel(req.accessLevel), invitationAddOptions(options));
}

/** Servers older than 14.10 cannot invite by user id: add each user as a member instead. */
async function addUsersOneByOne(ctx: ClientContext, source: SourceRef, users: Recipient[], req: InviteRequest, opts?: CallOptions): Promise<InviteOutcome[]> {
  const results: InviteOutcome[] = [];
  for (const user of users) {
    try {
      const extra = req.expiresAt ? { expiresAt: req.expiresAt } : {};
      await withCall(opts, () => membersOf(ctx.resources(), source.kind).add(source.id, gitbeakerLevel(req.accessLevel), memberAddOptions({ userId: user.userId, ...extra })));
      results.push(outcome(user, 'invited'));
    } catch (error) {
      const text = isGitLabError(error) ? (error.gitlabMessage ?? error.message) : String(error);
      const already = (isGitLabError(error) && error.kind === 'conflict') || classify(text) === 'already';
      results.push(outcome(user, already ? 'already' : 'failed', text));
    }
  }
  return results;
}
