/** The caller's role on a child group or project, asking GitLab only when the parent's role does not settle it. */
import type { GitLabApi } from '../gitlab/api';
import { AccessLevels, type AccessLevel, type SourceRef } from '../gitlab/types';

/**
 * Roles inherit downwards, so an Owner of the parent is at least Owner here: no request.
 * Otherwise asks `myAccessLevel`; a failure counts as unknown (no management actions), never as an error row.
 */
export async function resolveAccess(
  api: GitLabApi, ref: SourceRef, inheritedLevel: AccessLevel | undefined, signal?: AbortSignal,
): Promise<AccessLevel | undefined> {
  if (inheritedLevel !== undefined && inheritedLevel >= AccessLevels.Owner) return inheritedLevel;
  try {
    const level = await api.myAccessLevel(ref, { signal });
    if (level === undefined) return inheritedLevel;
    return inheritedLevel === undefined ? level : Math.max(level, inheritedLevel);
  } catch {
    return inheritedLevel;
  }
}
