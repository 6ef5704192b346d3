/** Who may manage members where, following GitLab's rules. Pure: no vscode. */
import * as l10n from '@vscode/l10n';
import { AccessLevels, type AccessLevel, type SourceKind } from '../gitlab/types';
import { roleName } from './roles';

/** What the tree knows about the caller on one group or project. */
export interface CallerAccess {
  /** The caller's effective role there; undefined when none or unknown. */
  readonly level: AccessLevel | undefined;
  /** The token lacks the `api` scope: nothing can be changed. */
  readonly readOnly: boolean;
}

/** The role GitLab requires to manage members: Owner on a group, Maintainer on a project. */
export function managerLevel(kind: SourceKind): AccessLevel {
  return kind === 'group' ? AccessLevels.Owner : AccessLevels.Maintainer;
}

/** Owner manages group members; Maintainer and up manage project members; a read-only token never does. */
export function canManageMembers(kind: SourceKind, access: CallerAccess): boolean {
  if (access.readOnly || access.level === undefined) return false;
  return access.level >= managerLevel(kind);
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

/** The highest role the caller may give here (a project Maintainer up to Maintainer); undefined: none. */
export function maxAssignableLevel(kind: SourceKind, access: CallerAccess): AccessLevel | undefined {
  if (!canManageMembers(kind, access)) return undefined;
  return Math.min(access.level ?? 0, AccessLevels.Owner);
}

/** One sentence for tooltips: why actions are (not) offered here. */
export function permissionNote(kind: SourceKind, access: CallerAccess): string {
  if (access.readOnly) return l10n.t('view only: this token is read-only (read_api)');
  if (canManageMembers(kind, access)) return l10n.t('you can manage them');
  const needed = roleName(managerLevel(kind));
  const yours = access.level === undefined ? l10n.t('no role here') : l10n.t('your role is {0}', roleName(access.level));
  return kind === 'group'
    ? l10n.t('view only: managing group members needs {0} ({1})', needed, yours)
    : l10n.t('view only: managing project members needs {0} ({1})', needed, yours);
}

