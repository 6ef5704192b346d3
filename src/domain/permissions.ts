/** Who may manage members where, and the contextValue strings menus match on. Pure: no vscode. */
import { AccessLevels, type AccessLevel, type SourceKind } from '../gitlab/types';

/** What the tree knows about the caller on one group or project. */
export interface CallerAccess {
  /** The caller's effective role there; undefined when none or unknown. */
  readonly level: AccessLevel | undefined;
  /** The token lacks the `api` scope: nothing can be changed. */
  readonly readOnly: boolean;
}

/** Owner manages group members; Maintainer and up manage project members; a read-only token never does. */
export function canManageMembers(kind: SourceKind, access: CallerAccess): boolean {
  if (access.readOnly || access.level === undefined) return false;
  const needed = kind === 'group' ? AccessLevels.Owner : AccessLevels.Maintainer;
  return access.level >= needed;
}

/**
 * Whether the caller may change or remove this member here: only direct members, and on a project a
 * Maintainer may not touch an Owner (GitLab refuses it).
 */
export function canManageMember(
  kind: SourceKind,
  access: CallerAccess,
  member: { readonly accessLevel: AccessLevel; readonly inherited: boolean },
): boolean {
  if (member.inherited || !canManageMembers(kind, access)) return false;
  if (kind === 'project' && member.accessLevel >= AccessLevels.Owner) {
    return (access.level ?? 0) >= AccessLevels.Owner;
  }
  return true;
}

/**
 * `kind;flag;flag`: the kind first, then the flags that are set, in the order given.
 * Menus match with regexes such as `viewItem =~ /^member;direct.*;canManage/`.
 */
export function contextValue(kind: string, flags: Readonly<Record<string, boolean>> = {}): string {
  const set = Object.entries(flags).filter(([, on]) => on).map(([name]) => name);
  return [kind, ...set].join(';');
}
