/**
 * The user with exactly this username (`GET /users?username=`, lib/api/users.rb through app/finders/users_finder.rb
 * `by_username`, which matches the whole username regardless of letter case). Unlike `search`, never a user whose
 * name or username merely contains the text. Undefined: no such user.
 */
import type { CallOptions } from './api';
import type { ClientContext } from './context';
import { toUser } from './mappers';
import { fetchPage } from './paging';
import type { UserSummary } from './types';

export async function findUserByUsername(ctx: ClientContext, username: string, opts?: CallOptions): Promise<UserSummary | undefined> {
  const wanted = username.trim();
  if (!wanted) return undefined;
  const p = { page: 1, perPage: 20, showExpanded: true as const };
  const page = await fetchPage(opts, () => ctx.resources().users.all({ ...p, username: wanted }), toUser, p);
  const exact = page.items.filter((u) => u.username.toLowerCase() === wanted.toLowerCase());
  return exact.length === 1 ? exact[0] : undefined;
}
