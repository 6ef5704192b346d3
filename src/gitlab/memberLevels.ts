/**
 * The role each of some users holds in one group or project (`user_ids`, one page of at most 100): directly,
 * or with `inherited` as members/all lists it. Where an inherited row comes from is found with it (members.ts,
 * shareSources.ts).
 */
import type { CallOptions } from './api';
import type { ClientContext } from './context';
import { toMember } from './mappers';
import { fetchPage, MAX_PER_PAGE } from './paging';
import { membersOf } from './resources';
import type { SourceKind } from './types';

export async function memberLevels(ctx: ClientContext, kind: SourceKind, id: number | string, userIds: number[], inherited: boolean, opts?: CallOptions): Promise<Map<number, number>> {
  const p = { page: 1, perPage: MAX_PER_PAGE };
  const page = await fetchPage(opts, () => membersOf(ctx.resources(), kind).all(id, { ...p, showExpanded: true, userIds, includeInherited: inherited }), toMember, p);
  return new Map(page.items.map((m) => [m.id, m.accessLevel]));
}
