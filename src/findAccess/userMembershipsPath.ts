/**
 * The administrators' fast path to where one user has access: GitLab's list of the user's direct memberships
 * (`GET /users/:id/memberships`, lib/api/users.rb) instead of a walk of every group and project. The list's
 * entity (lib/api/entities/membership.rb) has source_id, source_name, source_type and access_level, nothing
 * more: no path, no dates or expiry, no inherited access, no invitations. Find Access shows those rows and reads
 * a place only when its row is opened; offboarding reads every place, as its plan needs them whole.
 */
import type { CallOptions, GitLabApi } from '../gitlab/api';
import { isGitLabError } from '../gitlab/errors';
import type { UserMembership } from '../gitlab/userMemberships';
import type { Member, Source, UserSummary } from '../gitlab/types';
import { userMessageOf } from '../domain/errors';
import { mapLimited, WORK_CONCURRENCY } from '../shared/pool';
import type { AccessHit } from './searchAccess';

/** The user's direct memberships; undefined when GitLab answers 403 (the caller is no administrator). */
export async function listUserMemberships(api: GitLabApi, userId: number, call: CallOptions): Promise<UserMembership[] | undefined> {
  try {
    return await api.allUserMemberships(userId, call);
  } catch (error) {
    if (isGitLabError(error) && error.kind === 'forbidden') return undefined;
    throw error;
  }
}

/** The group or project a listed membership is held in (one request). */
export function sourceOfMembership(api: GitLabApi, m: UserMembership, call: CallOptions): Promise<Source> {
  return m.sourceKind === 'group' ? api.getGroup(m.sourceId, call) : api.getProject(m.sourceId, call);
}

/**
 * What the list says of the user there, as a member row: role and identity only. The list gives no expiry, so
 * `expiresAt` is null here without meaning "never".
 */
export function listedMember(user: Pick<UserSummary, 'id' | 'username' | 'name'>, m: UserMembership): Member {
  return { id: user.id, username: user.username, name: user.name, state: 'active', accessLevel: m.accessLevel, expiresAt: null, membershipState: 'active' } as Member;
}

export interface ReadMemberships {
  readonly hits: AccessHit[];
  /** Places GitLab listed but would not show (named as the list names them). */
  readonly failures: Array<{ source: Source; message: string }>;
}

/** Every listed place read once (a few at a time), as member hits; one that cannot be read is a failure, not an error. */
export async function readMembershipSources(api: GitLabApi, user: Pick<UserSummary, 'id' | 'username' | 'name'>, rows: readonly UserMembership[], call: CallOptions): Promise<ReadMemberships> {
  const failures: Array<{ source: Source; message: string }> = [];
  const hits = await mapLimited([...rows], WORK_CONCURRENCY, async (m): Promise<AccessHit | undefined> => {
    try {
      return { kind: 'member', source: await sourceOfMembership(api, m, call), member: listedMember(user, m) };
    } catch (error) {
      if (call.signal?.aborted) throw error;
      const unknown = { kind: m.sourceKind, id: m.sourceId, fullPath: m.sourceName, name: m.sourceName } as unknown as Source;
      failures.push({ source: unknown, message: userMessageOf(error) });
      return undefined;
    }
  });
  return { hits: hits.filter((h): h is AccessHit => h !== undefined), failures };
}
