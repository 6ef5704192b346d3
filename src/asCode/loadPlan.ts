/**
 * Builds the plan of a whole membership file against GitLab: for each group or project its direct members and
 * pending invitations, and for each listed username that is not a member yet the user (an exact username match
 * from the user search; adding a member needs the user's id), and for each listed email with no pending
 * invitation the user it belongs to, where GitLab reveals it (an accepted invitation is a membership now). A
 * group or project that cannot be read gets its reason and the others are still planned. Pure over the API layer.
 */
import { mapLimited, WORK_CONCURRENCY } from '../shared/pool';
import { userMessageOf } from '../domain/errors';
import type { CallOptions, GitLabApi } from '../gitlab/api';
import type { Source, UserSummary } from '../gitlab/types';
import { sourceName, type MembershipFile } from './model';
import { planSource, type SourcePlan } from './plan';

export async function loadPlan(api: GitLabApi, file: MembershipFile, opts: CallOptions = {}): Promise<SourcePlan[]> {
  const me = await api.currentUser(opts);
  return mapLimited(file.sources, WORK_CONCURRENCY, async (spec): Promise<SourcePlan> => {
    try {
      const source: Source = spec.kind === 'group' ? await api.getGroup(spec.fullPath, opts) : await api.getProject(spec.fullPath, opts);
      const ref = { kind: source.kind, id: source.id };
      const [members, invitations] = await Promise.all([api.allMembers(source, {}, opts), api.allInvitations(ref, opts)]);
      const known = new Set(members.map((m) => m.username.toLowerCase()));
      const users = await findUsers(api, spec.members.map((m) => m.username).filter((u) => !known.has(u.toLowerCase())), opts);
      const pending = new Set(invitations.map((i) => i.email.toLowerCase()));
      const invitedUsers = await findUsersByEmail(api, spec.invitations.filter((i) => !i.expired && !pending.has(i.email.toLowerCase())).map((i) => i.email), opts);
      return planSource(spec, { source, members, invitations, users, invitedUsers, selfId: me.id });
    } catch (err) {
      if (opts.signal?.aborted) throw err;
      return { spec, items: [], notes: [], error: `${sourceName(spec.kind, spec.fullPath)}: ${userMessageOf(err)}` };
    }
  });
}

/** Each username's user, by exact (case-insensitive) match; undefined when GitLab has no such user. */
export async function findUsers(api: GitLabApi, usernames: readonly string[], opts: CallOptions = {}): Promise<Map<string, UserSummary | undefined>> {
  const found = await mapLimited(usernames, WORK_CONCURRENCY, async (username) => {
    const page = await api.searchUsers(username, { perPage: 20 }, opts);
    return [username.toLowerCase(), page.items.find((u) => u.username.toLowerCase() === username.toLowerCase())] as const;
  });
  return new Map(found);
}

/** Each email's user where GitLab's user search reveals it (a public email; any email for administrators). */
export async function findUsersByEmail(api: GitLabApi, emails: readonly string[], opts: CallOptions = {}): Promise<Map<string, UserSummary | undefined>> {
  const found = await mapLimited(emails, WORK_CONCURRENCY, async (email) => [email.toLowerCase(), await api.findUserByEmail(email, opts)] as const);
  return new Map(found);
}
