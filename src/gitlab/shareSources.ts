/**
 * Which share an inherited member comes from, when no ancestor holds their role: the groups this place and its
 * ancestors are shared with (`shared_with_groups`, kept a minute), each asked once for the open rows. A group's share reaches
 * the invited group's direct members (Groups::GroupLinks: direct_members_only); a project's share also their
 * inherited ones (MembersFinder invited_groups). A member matches when their role there, capped by the share,
 * is the role listed here.
 */
import type { CallOptions } from './api';
import type { ClientContext } from './context';
import { isGitLabError } from './errors';
import { memberLevels } from './memberLevels';
import { keptShares, type listShares } from './shares';
import type { Member, MembershipSource, SourceKind } from './types';

interface PlaceShares {
  readonly place: { readonly kind: SourceKind; readonly fullPath: string };
  readonly shares: Awaited<ReturnType<typeof listShares>>;
}

/**
 * A place's shares (kept a minute: keptShares). Naming the share is extra: a place the caller may not read (an
 * ancestor of a project reached through a share), or any failure but this listing's cancellation, finds none, and
 * the row stays `unknown`.
 */
async function sharesOf(ctx: ClientContext, kind: SourceKind, fullPath: string, opts?: CallOptions): Promise<PlaceShares> {
  // The kept answer may be another listing's: its cancellation is not this one's (only our own signal stops us).
  const shares = await keptShares(ctx, { kind, id: fullPath }, opts).catch((err: unknown) => {
    if (opts?.signal?.aborted) throw err;
    return [];
  });
  return { place: { kind, fullPath }, shares };
}

/** `places`: this group or project, then its ancestor groups (nearest first); asked in that order until every row is explained. */
export async function shareSources(ctx: ClientContext, places: ReadonlyArray<{ kind: SourceKind; fullPath: string }>, open: readonly Member[], opts?: CallOptions): Promise<Map<number, MembershipSource>> {
  const found = new Map<number, MembershipSource>();
  for (const { kind, fullPath } of places) {
    const { place, shares } = await sharesOf(ctx, kind, fullPath, opts);
    for (const share of shares) {
      const left = open.filter((m) => !found.has(m.id));
      if (left.length === 0) return found;
      const levels = await memberLevels(ctx, 'group', share.groupId, left.map((m) => m.id), place.kind === 'project', opts).catch((err: unknown) => {
        if (opts?.signal?.aborted || (isGitLabError(err) && err.kind === 'cancelled')) throw err;
        return new Map<number, number>();
      });
      for (const m of left) {
        const level = levels.get(m.id);
        if (level !== undefined && Math.min(level, share.accessLevel) === m.accessLevel) {
          found.set(m.id, { kind: 'share', fullPath: share.groupFullPath, sharedFrom: place.fullPath });
        }
      }
    }
    if (open.every((m) => found.has(m.id))) break;
  }
  return found;
}
