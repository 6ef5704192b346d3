/** Members of a group or project: listing (direct or with inherited, with where each comes from), changes. */
import type { CallOptions, LoadAllOptions, MemberChange, MemberListRequest, RemoveMemberOptions } from './api';
import { withCall } from './callContext';
import { isGitLabError } from './errors';
import type { ClientContext } from './context';
import { toMember, toPendingMember } from './mappers';
import { fetchAllPages } from './pager';
import { fetchPage, MAX_PER_PAGE, pageParams } from './paging';
import { membersOf, rawRequester, type Json } from './resources';
import { memberLevels } from './memberLevels';
import { shareSources } from './shareSources';
import { gitbeakerLevel, memberEditOptions } from './gitbeakerGaps';
import type { Member, MembershipSource, Page, PageRequest, PendingMember, Source, SourceRef } from './types';
import { checkAccessLevel, checkExpiry, checkUserId } from './validate';

export async function listMembers(ctx: ClientContext, source: Source, req?: MemberListRequest, opts?: CallOptions): Promise<Page<Member>> {
  const p = pageParams(req, ctx.perPage);
  const filter = { ...(req?.query ? { query: req.query } : {}), ...(req?.userIds?.length ? { userIds: [...req.userIds] } : {}) };
  const api = membersOf(ctx.resources(), source.kind);
  const page = await fetchPage(opts, () => api.all(source.id, { ...p, ...filter, includeInherited: req?.inherited === true }), toMember, p);
  if (!req?.inherited || page.items.length === 0) return page;
  return { ...page, items: await withSources(ctx, source, page.items, req, opts) };
}

export function allMembers(ctx: ClientContext, source: Source, req: Omit<MemberListRequest, 'page' | 'perPage'> = {}, opts: LoadAllOptions<Member> = {}): Promise<Member[]> {
  return fetchAllPages(
    (page, signal) => listMembers(ctx, source, { ...req, page, perPage: MAX_PER_PAGE }, { signal, onRateLimit: opts.onRateLimit }),
    { concurrency: ctx.concurrency, signal: opts.signal, onProgress: opts.onProgress, keyOf: (m) => m.id, resume: opts.resume },
  );
}

/** Ancestor groups of a group or project, nearest first. */
export function ancestorPaths(source: Source): string[] {
  const start = source.kind === 'group' ? source.fullPath.split('/').slice(0, -1)
    : source.namespace.kind === 'group' ? source.namespace.fullPath.split('/') : [];
  return start.map((_, i) => start.slice(0, start.length - i).join('/'));
}

/**
 * `members/all` does not say where an inherited membership is held. Per page: one request finds which rows are
 * direct (`user_ids` filter), then one per ancestor (nearest first) finds where each other row's role is held.
 * What no readable ancestor holds comes from a share: with `whichShare`, the shares of this place and its
 * ancestors say which (shareSources.ts); what none of them explains stays unknown (a group the caller may not read).
 */
async function withSources(ctx: ClientContext, source: Source, rows: Member[], req: MemberListRequest, opts?: CallOptions): Promise<Member[]> {
  const direct = await memberLevels(ctx, source.kind, source.id, rows.map((m) => m.id), false, opts);
  const found = new Map<number, MembershipSource>();
  let open = rows.filter((m) => !direct.has(m.id));
  for (const path of ancestorPaths(source)) {
    if (open.length === 0) break;
    // An ancestor the caller may not read (a project reached through a share): the rest stay unknown.
    const held = await memberLevels(ctx, 'group', path, open.map((m) => m.id), false, opts).catch((err: unknown) => {
      if (isGitLabError(err) && (err.kind === 'not-found' || err.kind === 'forbidden')) return undefined;
      throw err;
    });
    if (!held) break;
    for (const m of open) if (held.get(m.id) === m.accessLevel) found.set(m.id, { kind: 'group', fullPath: path });
    open = open.filter((m) => !found.has(m.id));
  }
  if (open.length > 0 && req.whichShare) {
    const places = [{ kind: source.kind, fullPath: source.fullPath }, ...ancestorPaths(source).map((fullPath) => ({ kind: 'group' as const, fullPath }))];
    for (const [id, from] of await shareSources(ctx, places, open, opts)) found.set(id, from);
  }
  return rows.map((m) => direct.has(m.id) ? m : { ...m, inheritedFrom: found.get(m.id) ?? { kind: 'unknown', fullPath: '' } });
}

export async function getMember(ctx: ClientContext, source: SourceRef, userId: number, opts?: CallOptions & { inherited?: boolean }): Promise<Member> {
  const j = await withCall(opts, () => membersOf(ctx.resources(), source.kind).show(source.id, userId, { includeInherited: opts?.inherited === true }));
  return toMember(j as unknown as Json);
}

export async function editMember(ctx: ClientContext, source: SourceRef, userId: number, change: MemberChange, opts?: CallOptions): Promise<Member> {
  checkUserId(userId);
  checkAccessLevel(change.accessLevel);
  checkExpiry(change.expiresAt);
  const extra = {
    ...(change.expiresAt !== undefined ? { expiresAt: change.expiresAt } : {}),
    ...(change.memberRoleId !== undefined ? { memberRoleId: change.memberRoleId } : {}),
  };
  const j = await withCall(opts, () => membersOf(ctx.resources(), source.kind).edit(source.id, userId, gitbeakerLevel(change.accessLevel), memberEditOptions(extra)));
  return toMember(j as unknown as Json);
}

export async function removeMember(ctx: ClientContext, source: SourceRef, userId: number, opts: RemoveMemberOptions = {}): Promise<void> {
  checkUserId(userId);
  // gitbeaker types this option `skipSubresourceS` and sends `skip_subresource_s`, which GitLab ignores.
  const options = { skipSubresources: opts.skipSubresources === true, unassignIssuables: opts.unassignIssuables === true };
  await withCall(opts, () => membersOf(ctx.resources(), source.kind).remove(source.id, userId, options));
}

export function listPendingMembers(ctx: ClientContext, groupId: number | string, req?: PageRequest, opts?: CallOptions): Promise<Page<PendingMember>> {
  const p = pageParams(req, ctx.perPage);
  return fetchPage(opts, () => ctx.resources().members.group.allPending(groupId, p), toPendingMember, p);
}

export async function approveMember(ctx: ClientContext, groupId: number | string, memberId: number, opts?: CallOptions): Promise<void> {
  checkUserId(memberId);
  await withCall(opts, () => ctx.resources().members.group.approve(groupId, memberId));
}

/** GitLab documents `POST …/approve_all`; gitbeaker sends PUT, so this one goes through its raw requester. */
export async function approveAllMembers(ctx: ClientContext, groupId: number | string, opts?: CallOptions): Promise<void> {
  const requester = rawRequester(ctx.resources().members.group);
  await withCall(opts, () => requester.post(`${encodeURIComponent(groupId)}/members/approve_all`, {}));
}

/** `PUT /groups/:id/members/:user_id/state` (15.0+), which gitbeaker lacks. */
export async function setMembershipState(ctx: ClientContext, groupId: number | string, userId: number, state: 'awaiting' | 'active', opts?: CallOptions): Promise<void> {
  checkUserId(userId);
  const requester = rawRequester(ctx.resources().members.group);
  await withCall(opts, () => requester.put(`${encodeURIComponent(groupId)}/members/${userId}/state`, { searchParams: { state } }));
}

/**
 * LDAP Group Sync (EE, self-managed Premium+): `on` overrides the member's LDAP role so their role can be edited
 * here and sync leaves it alone; off hands it back (the next sync resets it). GitLab answers 403 for a member
 * not from LDAP and for callers who are not Owners (or administrators).
 */
export async function setLdapOverride(ctx: ClientContext, groupId: number | string, userId: number, on: boolean, opts?: CallOptions): Promise<void> {
  checkUserId(userId);
  const members = ctx.resources().members.group;
  await withCall(opts, () => (on ? members.setOverrideFlag(groupId, userId) : members.removeOverrideFlag(groupId, userId)));
}
