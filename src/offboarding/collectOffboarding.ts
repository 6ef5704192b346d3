/**
 * Gathers what planOffboarding.ts needs for one person: where they have access (for an administrator GitLab's
 * list of the user's memberships; otherwise Find Access's walk over every group and project of the account, by
 * username, and their invitations when their email is known), the
 * caller's role in each of those places, whether they are a group's only Owner there, and the top-level groups
 * where GitLab's seats removal may be used (the caller owns it, and its seats list the person). Reads only.
 */
import type { CallOptions, GitLabApi } from '../gitlab/api';
import { isGitLabError } from '../gitlab/errors';
import { AccessLevels, type AccessLevel, type Group, type Source } from '../gitlab/types';
import { searchAccess, type AccessHit } from '../findAccess/searchAccess';
import { listUserMemberships, readMembershipSources, type ReadMemberships } from '../findAccess/userMembershipsPath';
import { mapLimited, WORK_CONCURRENCY } from '../shared/pool';
import type { ScanOptions } from '../sources/scanSources';
import { placeKey, planOffboarding, type OffboardPlan } from './planOffboarding';

export interface OffboardPerson {
  readonly userId: number;
  readonly username: string;
  /** `Ivan Ivanov (@ivan)`. */
  readonly label: string;
  /** When known: their invitations are looked for too. */
  readonly email?: string;
}

export interface OffboardCollection {
  readonly plan: OffboardPlan;
  /**
   * How the places were found: `memberships`, GitLab's list of the user's memberships (administrators: one list,
   * no invitations); `walk`, every group and project of the account (Find Access's search, invitations too).
   */
  readonly path: 'memberships' | 'walk';
  readonly searched: number;
  readonly failures: ReadonlyArray<{ readonly source: Source; readonly message: string }>;
  readonly truncated: boolean;
}

type Options = ScanOptions & Pick<CallOptions, 'onRateLimit'>;

function theirs(person: OffboardPerson, hit: AccessHit): boolean {
  return hit.kind === 'member' ? hit.member.id === person.userId : person.email !== undefined && hit.invitation.email.toLowerCase() === person.email.toLowerCase();
}

/** GitLab's answer for "not for you here" (or not on this server): treated as "no". */
const refused = (e: unknown) => isGitLabError(e) && ['not-found', 'forbidden', 'bad-request'].includes(e.kind);

async function onlyOwner(api: GitLabApi, group: Source, userId: number, call: CallOptions): Promise<boolean> {
  const members = await api.allMembers(group, { inherited: true }, call);
  const owners = members.filter((m) => m.accessLevel >= AccessLevels.Owner && m.state !== 'blocked');
  return owners.length === 1 && owners[0].id === userId;
}

async function seatRoot(api: GitLabApi, rootPath: string, person: OffboardPerson, admin: boolean, levels: Map<string, AccessLevel | undefined>, call: CallOptions): Promise<Group | undefined> {
  try {
    const root = await api.getGroup(rootPath, call);
    const level = admin ? AccessLevels.Owner : levels.get(placeKey(root)) ?? (await api.myAccessLevel({ kind: 'group', id: root.id }, call));
    if (level === undefined || level < AccessLevels.Owner) return undefined;
    const seats = await api.listBillableMembers(root.id, { search: person.username, perPage: 100 }, call);
    return seats.items.some((s) => s.id === person.userId) ? root : undefined;
  } catch (error) {
    if (refused(error)) return undefined;
    throw error;
  }
}

/** An administrator's fast path (userMembershipsPath.ts): each listed place read once; undefined when GitLab says no (403). */
async function viaMemberships(api: GitLabApi, person: OffboardPerson, call: CallOptions): Promise<ReadMemberships | undefined> {
  const rows = await listUserMemberships(api, person.userId, call);
  return rows && readMembershipSources(api, { id: person.userId, username: person.username, name: person.label }, rows, call);
}

export async function collectOffboarding(api: GitLabApi, person: OffboardPerson, readOnly: boolean, opts: Options = {}): Promise<OffboardCollection> {
  const call = { signal: opts.signal, onRateLimit: opts.onRateLimit };
  const fast = await viaMemberships(api, person, call);
  const found = fast ? { hits: fast.hits, searched: fast.hits.length + fast.failures.length, failures: fast.failures, truncated: false }
    : await searchAccess(api, person.username, { ...opts, invitationsOf: person.email, walk: true });
  const hits = found.hits.filter((h) => theirs(person, h));
  const places = [...new Map(hits.map((h) => [placeKey(h.source), h.source])).values()];
  const levels = new Map<string, AccessLevel | undefined>();
  // An administrator (the fast path answered) may change any of them: their own role there says nothing.
  await mapLimited(fast ? [] : places, WORK_CONCURRENCY, async (source) => {
    levels.set(placeKey(source), await api.myAccessLevel({ kind: source.kind, id: source.id }, call).catch((e: unknown) => {
      if (refused(e)) return undefined;
      throw e;
    }));
  });
  const owned = hits.filter((h) => h.kind === 'member' && h.source.kind === 'group' && !h.member.inheritedFrom && h.member.accessLevel >= AccessLevels.Owner);
  const onlyOwnerOf = new Set<string>();
  await mapLimited(owned, WORK_CONCURRENCY, async (h) => {
    if (await onlyOwner(api, h.source, person.userId, call)) onlyOwnerOf.add(placeKey(h.source));
  });
  const rootPaths = [...new Set(hits.flatMap((h) => (h.kind === 'member' && (h.source.kind === 'group' || h.source.namespace.kind === 'group') ? [h.source.fullPath.split('/')[0]] : [])))];
  const roots = (await mapLimited(rootPaths, WORK_CONCURRENCY, (path) => seatRoot(api, path, person, fast !== undefined, levels, call))).filter((g): g is Group => g !== undefined);
  const incomplete = found.failures.length > 0 || found.truncated;
  const plan = planOffboarding(hits, { callerLevels: levels, onlyOwnerOf, seatRoots: roots, readOnly, admin: fast !== undefined, incomplete });
  return { plan, path: fast ? 'memberships' : 'walk', searched: found.searched, failures: found.failures, truncated: found.truncated };
}
