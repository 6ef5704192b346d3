/**
 * Access requests of a group or project (`lib/api/access_requests.rb`): who asked to join, approving them with
 * a role (a member then), denying them. Listing needs what approving needs (group Owner, project Maintainer).
 */
import type { CallOptions } from './api';
import { withCall } from './callContext';
import type { ClientContext } from './context';
import { toAccessRequest, toMember } from './mappers';
import { fetchPage, pageParams } from './paging';
import type { Json } from './resources';
import type { AccessLevel, AccessRequest, Member, Page, PageRequest, SourceRef } from './types';
import { checkAccessLevel, checkUserId } from './validate';

function accessRequestsOf(ctx: ClientContext, source: SourceRef) {
  return ctx.resources().accessRequests[source.kind];
}

export function listAccessRequests(ctx: ClientContext, source: SourceRef, req?: PageRequest, opts?: CallOptions): Promise<Page<AccessRequest>> {
  const p = pageParams(req, ctx.perPage);
  return fetchPage(opts, () => accessRequestsOf(ctx, source).all(source.id, p), toAccessRequest, p);
}

/** Approves the request of `userId` with `accessLevel`: GitLab answers with the new member. */
export async function approveAccessRequest(ctx: ClientContext, source: SourceRef, userId: number, accessLevel: AccessLevel, opts?: CallOptions): Promise<Member> {
  checkUserId(userId);
  checkAccessLevel(accessLevel);
  const j = await withCall(opts, () => accessRequestsOf(ctx, source).approve(source.id, userId, { accessLevel }));
  return toMember(j as unknown as Json);
}

export async function denyAccessRequest(ctx: ClientContext, source: SourceRef, userId: number, opts?: CallOptions): Promise<void> {
  checkUserId(userId);
  await withCall(opts, () => accessRequestsOf(ctx, source).deny(source.id, userId));
}
