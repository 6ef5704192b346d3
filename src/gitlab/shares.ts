/**
 * Groups a group or project is shared with (GitLab's "Groups" tab; `shared_with_groups` of GET /groups/:id and
 * /projects/:id), sharing with one more (POST …/share) and taking a share back (DELETE …/share/:group_id).
 * GitLab has no API to edit a share: a change of role or expiry is a removal and a new share.
 */
import type { CallOptions } from './api';
import { withCall } from './callContext';
import type { ClientContext } from './context';
import type { Json } from './resources';
import { toGroup } from './mappers';
import type { AccessLevel, Group, GroupShare, SourceRef } from './types';
import { checkAccessLevel, checkExpiry, checkGroupId } from './validate';

function toShare(j: Json): GroupShare {
  return {
    groupId: Number(j.group_id), groupName: String(j.group_name ?? ''), groupFullPath: String(j.group_full_path ?? ''),
    accessLevel: Number(j.group_access_level) as AccessLevel,
    expiresAt: typeof j.expires_at === 'string' && j.expires_at ? j.expires_at.slice(0, 10) : null,
  };
}

/** The groups this group or project is shared with (its own shares, not its ancestors'), those the caller can read. */
export async function listShares(ctx: ClientContext, source: SourceRef, opts?: CallOptions): Promise<GroupShare[]> {
  const r = ctx.resources();
  const j = (await withCall<unknown>(opts, () => (source.kind === 'group' ? r.groups.show(source.id, { withProjects: false }) : r.projects.show(source.id)))) as Json;
  return Array.isArray(j.shared_with_groups) ? (j.shared_with_groups as Json[]).map(toShare) : [];
}

/** Shares change rarely: naming the share of inherited rows (shareSources.ts) reads each place's once a minute per client. */
const KEEP_MS = 60_000;
const kept = new WeakMap<ClientContext, Map<string, { readonly at: number; readonly shares: Promise<GroupShare[]> }>>();

/** listShares, kept a minute per client; a share made or removed through this client forgets them all. */
export function keptShares(ctx: ClientContext, source: SourceRef, opts?: CallOptions): Promise<GroupShare[]> {
  const places = kept.get(ctx) ?? new Map<string, { readonly at: number; readonly shares: Promise<GroupShare[]> }>();
  kept.set(ctx, places);
  const key = `${source.kind}:${source.id}`;
  const hit = places.get(key);
  if (hit && Date.now() - hit.at < KEEP_MS) return hit.shares;
  const shares = listShares(ctx, source, opts);
  places.set(key, { at: Date.now(), shares });
  shares.catch(() => places.delete(key));
  return shares;
}

/** Gives the members of group `groupId` up to `accessLevel` here, until `expiresAt` (null: no end). */
export async function shareWithGroup(ctx: ClientContext, source: SourceRef, groupId: number, accessLevel: AccessLevel, expiresAt: string | null, opts?: CallOptions): Promise<void> {
  checkGroupId(groupId);
  checkAccessLevel(accessLevel);
  checkExpiry(expiresAt);
  const r = ctx.resources();
  const options = expiresAt ? { expiresAt } : {};
  try {
    await withCall<unknown>(opts, () => (source.kind === 'group' ? r.groups.share(source.id, groupId, accessLevel, options) : r.projects.share(source.id, groupId, accessLevel, options)));
  } finally {
    kept.delete(ctx);
  }
}

/**
 * Takes the share with group `groupId` back. GitLab answers 204 to a group's non-Owner and keeps the share
 * (lib/api/groups.rb ignores the service's refusal): callers read the shares again to know.
 */
export async function removeShare(ctx: ClientContext, source: SourceRef, groupId: number, opts?: CallOptions): Promise<void> {
  checkGroupId(groupId);
  const r = ctx.resources();
  try {
    await withCall<unknown>(opts, () => (source.kind === 'group' ? r.groups.unshare(source.id, groupId, {}) : r.projects.unshare(source.id, groupId)));
  } finally {
    kept.delete(ctx);
  }
}

/**
 * Groups the caller belongs to (at least Guest, `min_access_level=10`): what GitLab lets a project be shared with
 * (Projects::GroupLinks::CreateService needs membership of the group; `share_locations`), and for a group a safe
 * subset of what it allows (any group the caller can read). At most 1,000, by name.
 */
export async function listInvitableGroups(ctx: ClientContext, opts?: CallOptions): Promise<Group[]> {
  const rows = await withCall<unknown>(opts, () => ctx.resources().groups.all({ minAccessLevel: 10, orderBy: 'name', sort: 'asc', perPage: 100, maxPages: 10 }));
  return (Array.isArray(rows) ? (rows as Json[]) : []).map(toGroup);
}
