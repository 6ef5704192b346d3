/** Pending invitations of a group or project: listing, changing, revoking. */
import * as l10n from '@vscode/l10n';
import type { CallOptions, InvitationChange, LoadAllOptions } from './api';
import { withCall } from './callContext';
import type { ClientContext } from './context';
import { GitLabInputError } from './errors';
import { toInvitation } from './mappers';
import { fetchAllPages } from './pager';
import { fetchPage, MAX_PER_PAGE, pageParams } from './paging';
import { invitationsOf } from './resources';
import { invitationEditOptions } from './gitbeakerGaps';
import type { Invitation, Page, PageRequest, SourceRef } from './types';
import { checkAccessLevel, checkExpiry, isValidEmail } from './validate';

export function listInvitations(ctx: ClientContext, source: SourceRef, req?: PageRequest & { query?: string }, opts?: CallOptions): Promise<Page<Invitation>> {
  const p = pageParams(req, ctx.perPage);
  const filter = req?.query ? { query: req.query } : {};
  return fetchPage(opts, () => invitationsOf(ctx.resources(), source.kind).all(source.id, { ...p, ...filter }), toInvitation, p);
}

export function allInvitations(ctx: ClientContext, source: SourceRef, opts: LoadAllOptions<Invitation> = {}): Promise<Invitation[]> {
  return fetchAllPages(
    (page, signal) => listInvitations(ctx, source, { page, perPage: MAX_PER_PAGE }, { signal, onRateLimit: opts.onRateLimit }),
    { concurrency: ctx.concurrency, signal: opts.signal, onProgress: opts.onProgress, keyOf: (i) => i.email.toLowerCase(), resume: opts.resume },
  );
}

function checkEmail(email: string): void {
  if (!isValidEmail(email)) throw new GitLabInputError(l10n.t('"{0}" is not a valid email address.', email));
}

export async function editInvitation(ctx: ClientContext, source: SourceRef, email: string, change: InvitationChange, opts?: CallOptions): Promise<void> {
  checkEmail(email);
  if (change.accessLevel !== undefined) checkAccessLevel(change.accessLevel);
  checkExpiry(change.expiresAt);
  if (change.accessLevel === undefined && change.expiresAt === undefined) throw new GitLabInputError(l10n.t('Nothing to change.'));
  // gitbeaker encodes the email in the path with encodeURIComponent (@ → %40, + → %2B), as GitLab expects.
  await withCall(opts, () => invitationsOf(ctx.resources(), source.kind).edit(source.id, email, invitationEditOptions(change)));
}

export async function deleteInvitation(ctx: ClientContext, source: SourceRef, email: string, opts?: CallOptions): Promise<void> {
  checkEmail(email);
  await withCall(opts, () => invitationsOf(ctx.resources(), source.kind).remove(source.id, email));
}
