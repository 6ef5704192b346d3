/**
 * "Find a User's Access": where a username, name or email has access across every group and project of an
 * account. Asks GitLab to search each source's members, inherited ones included (`/members/all?query=`), so a
 * 12,500-member group costs one request; for an email also the pending invitations where the caller may see
 * them. GitLab's member search matches an email only when it is the user's public email, so an email is first
 * looked up as a user (administrators find any email that way) and that user's memberships are searched by
 * username. When the text is one user (a username that exists exactly, or an email resolved as above) and the
 * caller is an administrator, GitLab's list of that user's memberships answers instead of the walk
 * (userMembershipsPath.ts); anyone else (GitLab: 403), and a name or part of one, gets the walk. Pure over the API layer.
 */
import * as l10n from '@vscode/l10n';
import type { CallOptions, GitLabApi } from '../gitlab/api';
import { isGitLabError } from '../gitlab/errors';
import type { Invitation, Member, Source, UserSummary } from '../gitlab/types';
import type { UserMembership } from '../gitlab/userMemberships';
import { scanSources, type ScanOptions } from '../sources/scanSources';
import { listUserMemberships } from './userMembershipsPath';

export type AccessHit =
  | { readonly kind: 'member'; readonly source: Source; readonly member: Member }
  | { readonly kind: 'invitation'; readonly source: Source; readonly invitation: Invitation };

export interface AccessSearchResult {
  readonly query: string;
  readonly hits: readonly AccessHit[];
  /** Groups and projects searched. */
  readonly searched: number;
  readonly failures: ReadonlyArray<{ readonly source: Source; readonly message: string }>;
  readonly truncated: boolean;
  /** An email GitLab did not reveal as a user's (not public, and the caller is no administrator). */
  readonly emailNotResolved?: boolean;
  /**
   * How the places were found: `memberships`, GitLab's list of one user's direct memberships (administrators;
   * `searched` is how many it lists, the rows are in `listed`, `hits` is empty); `walk`, every group and project.
   */
  readonly path: 'memberships' | 'walk';
  /** Why the walk: the caller is no administrator (GitLab said 403), the text is not one user, or it was asked for. */
  readonly walkReason?: 'not-admin' | 'not-one-user' | 'asked';
  /** The memberships path's answer: the user and their direct memberships as GitLab lists them. */
  readonly listed?: { readonly user: UserSummary; readonly memberships: readonly UserMembership[] };
}

/** What GitLab is asked for: trimmed, without a leading `@`. Empty when there is nothing to search for. */
export function normalizeQuery(text: string): string {
  return text.trim().replace(/^@+/, '').trim();
}

export function looksLikeEmail(query: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(query);
}

export interface AccessSearchOptions extends ScanOptions, Pick<CallOptions, 'onRateLimit'> {
  /** Also the pending invitations of this email (when the search text is a username whose email is known). */
  readonly invitationsOf?: string;
  /** Straight to the walk, without looking the text up as one user (offboarding's fallback: it tried the list). */
  readonly walk?: boolean;
}

/** `onRateLimit`: GitLab is making the search wait (seconds), to say so while it does. */
export async function searchAccess(api: GitLabApi, text: string, opts: AccessSearchOptions = {}): Promise<AccessSearchResult> {
  const { onRateLimit } = opts;
  const query = normalizeQuery(text);
  if (!query) throw new Error(l10n.t('Type a username, a name or an email address to search for.'));
  const email = looksLikeEmail(query);
  const invited = email ? query : opts.invitationsOf;
  const lookup = { signal: opts.signal, onRateLimit };
  const user = email ? await api.findUserByEmail(query, lookup) : opts.walk ? undefined : await api.findUserByUsername(query, lookup);
  const memberships = user && !opts.walk ? await listUserMemberships(api, user.id, lookup) : undefined;
  if (user && memberships) {
    return { query, hits: [], searched: memberships.length, failures: [], truncated: false, path: 'memberships', listed: { user, memberships } };
  }
  const walkReason = opts.walk ? 'asked' as const : user ? 'not-admin' as const : 'not-one-user' as const;
  // A username found exactly still walks with GitLab's member search, as before: only an email narrows to its user.
  const narrowTo = email ? user : undefined;
  const memberQuery = user?.username ?? query;
  const scan = await scanSources(api, async (source, signal): Promise<AccessHit[]> => {
    const found = await api.allMembers(source, { inherited: true, query: memberQuery }, { signal, onRateLimit });
    const members = narrowTo ? found.filter((m) => m.id === narrowTo.id) : found;
    const invitations = invited ? await invitationsFor(api, source, invited, { signal, onRateLimit }) : [];
    return [
      ...members.map((member) => ({ kind: 'member' as const, source, member })),
      ...invitations.map((invitation) => ({ kind: 'invitation' as const, source, invitation })),
    ];
  }, opts);
  return {
    query,
    hits: scan.visited.flatMap((v) => v.value),
    searched: scan.visited.length + scan.failures.length,
    failures: scan.failures,
    truncated: scan.truncated,
    ...(email && !user ? { emailNotResolved: true } : {}),
    path: 'walk',
    walkReason,
  };
}

/** Invitations are only visible to those who manage members: elsewhere GitLab says 403, which means "none seen". */
async function invitationsFor(api: GitLabApi, source: Source, email: string, call: CallOptions): Promise<Invitation[]> {
  try {
    // GitLab matches `query` exactly and case-sensitively, and stores new invitations' emails lower-cased.
    const page = await api.listInvitations({ kind: source.kind, id: source.id }, { query: email.toLowerCase(), perPage: 100 }, call);
    return page.items.filter((i) => i.email.toLowerCase() === email.toLowerCase());
  } catch (err) {
    if (isGitLabError(err) && err.kind === 'forbidden') return [];
    throw err;
  }
}
