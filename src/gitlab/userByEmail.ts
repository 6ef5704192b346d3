/**
 * The user an email address belongs to, as far as GitLab's user search reveals it: `GET /users?search=` matches
 * a *public* email for everyone and any email (primary or secondary) only for administrators. The search also
 * matches names and usernames containing the text, so only a user it cannot have matched that way counts, and
 * only when there is exactly one. Undefined: no such user, or one whose email this caller may not see.
 */
import type { CallOptions } from './api';
import type { ClientContext } from './context';
import { toUser } from './mappers';
import { fetchPage } from './paging';
import type { UserSummary } from './types';

export async function findUserByEmail(ctx: ClientContext, email: string, opts?: CallOptions): Promise<UserSummary | undefined> {
  return (await lookUpEmail(ctx, email, opts)).user;
}

/** As findUserByEmail, and whether the search found users it could not tell apart (`ambiguous`: maybe this one). */
export async function lookUpEmail(ctx: ClientContext, email: string, opts?: CallOptions): Promise<{ user?: UserSummary; ambiguous: boolean }> {
  const p = { page: 1, perPage: 20, showExpanded: true as const };
  const page = await fetchPage(opts, () => ctx.resources().users.all({ ...p, search: email }), toUser, p);
  const text = email.toLowerCase();
  const byEmail = page.items.filter((u) => !u.username.toLowerCase().includes(text) && !u.name.toLowerCase().includes(text));
  return byEmail.length === 1 ? { user: byEmail[0], ambiguous: false } : { ambiguous: page.items.length > 0 };
}
