/**
 * Which roles a person may give on one group or project: the form's role list and the edit quick picks use
 * the same rules. Pure: no vscode, no DOM.
 */
import * as l10n from '@vscode/l10n';
import { AccessLevels, type AccessLevel, type MemberRole, type SourceKind } from '../gitlab/types';
import { canManageMembers } from './permissions';
import { roleName } from './roles';

export interface RoleTarget {
  readonly kind: SourceKind;
  /** A group without a parent. Minimal Access exists only there. */
  readonly topLevel: boolean;
}

export interface RoleCaller {
  /** The caller's effective role on the target; undefined when unknown. */
  readonly level: AccessLevel | undefined;
  /** The server's version (`17.5.1-ee`); undefined when it would not say (counted as recent, like the API layer). */
  readonly serverVersion: string | undefined;
}

export interface RoleOption {
  readonly level: AccessLevel;
  readonly name: string;
  /** Set for a custom role: `level` is then its base role. */
  readonly memberRoleId?: number;
}

/** GitLab's default in its own invite dialog. */
export const DEFAULT_ROLE = AccessLevels.Guest;

/**
 * Minimal Access only on top-level groups; Planner from GitLab 17.7; Owner of a project from 14.9; and only an
 * Owner may give Owner (a Maintainer cannot). When the caller's role is unknown (an administrator who is no
 * member, say) every role is offered and GitLab decides, as manageBlocker does.
 */
export function assignableRoles(target: RoleTarget, caller: RoleCaller): RoleOption[] {
  const v = caller.serverVersion;
  const levels: AccessLevel[] = [];
  if (target.kind === 'group' && target.topLevel) levels.push(AccessLevels.MinimalAccess);
  levels.push(AccessLevels.Guest);
  if (versionAtLeast(v, '17.7')) levels.push(AccessLevels.Planner);
  levels.push(AccessLevels.Reporter, AccessLevels.Developer, AccessLevels.Maintainer);
  const ownerExists = target.kind === 'group' || versionAtLeast(v, '14.9');
  if (ownerExists && (caller.level === undefined || caller.level >= AccessLevels.Owner)) levels.push(AccessLevels.Owner);
  return levels.map((level) => ({ level, name: roleName(level) }));
}

/** `Security auditor (custom, based on Reporter)`. */
export function customRoleName(role: MemberRole): string {
  return l10n.t({ message: '{0} (custom, based on {1})', args: [role.name, roleName(role.baseAccessLevel)], comment: ['{0}: a custom role\'s name; {1}: the standard role it is based on'] });
}

/**
 * The standard roles, then the custom roles of the top-level group. A custom role is offered only when its base
 * role is one of the standard roles on offer: what the caller could not grant as such, it cannot grant dressed up.
 */
export function withCustomRoles(standard: readonly RoleOption[], custom: readonly MemberRole[]): RoleOption[] {
  const grantable = new Set(standard.filter((o) => o.memberRoleId === undefined).map((o) => o.level));
  const offered = custom
    .filter((r) => grantable.has(r.baseAccessLevel))
    .map((r) => ({ level: r.baseAccessLevel, name: customRoleName(r), memberRoleId: r.id }));
  return [...standard, ...offered];
}

/** `preferred` when it is on offer, else Guest, else the lowest role offered. */
export function pickDefaultRole(options: readonly RoleOption[], preferred: AccessLevel = DEFAULT_ROLE): AccessLevel {
  const standard = options.filter((o) => o.memberRoleId === undefined);
  if (standard.some((o) => o.level === preferred)) return preferred;
  if (standard.some((o) => o.level === DEFAULT_ROLE)) return DEFAULT_ROLE;
  return standard[0]?.level ?? DEFAULT_ROLE;
}

/**
 * A sentence for the form when GitLab will refuse whatever is sent: a read-only token, or a role that may not
 * manage members here. Undefined when nothing stands in the way (or the role is unknown: GitLab decides).
 */
export function manageBlocker(kind: SourceKind, level: AccessLevel | undefined, readOnly: boolean): string | undefined {
  if (readOnly) return l10n.t('This token is read-only (read_api): GitLab will refuse changes. Sign in with an api token.');
  if (level === undefined || canManageMembers(kind, { level, readOnly })) return undefined;
  const [yours, owner] = [roleName(level), roleName(AccessLevels.Owner)];
  return kind === 'group'
    ? l10n.t('You are {0} here: managing members of a group needs {1}, so GitLab will refuse (403).', yours, owner)
    : l10n.t('You are {0} here: managing members of a project needs {1} or {2}, so GitLab will refuse (403).', yours, roleName(AccessLevels.Maintainer), owner);
}

/** `17.7.0-ee` ≥ `17.7`, compared numerically; an unknown version counts as recent. */
export function versionAtLeast(version: string | undefined, minimum: string): boolean {
  if (!version) return true;
  const have = version.split(/[.-]/).map((p) => Number.parseInt(p, 10));
  const want = minimum.split('.').map((p) => Number.parseInt(p, 10));
  for (let i = 0; i < want.length; i++) {
    const h = Number.isFinite(have[i]) ? have[i] : 0;
    if (h !== want[i]) return h > want[i];
  }
  return true;
}
