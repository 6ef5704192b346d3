/**
 * The plan for taking one person's access away across an account: for each place Find Access found, whether it
 * goes and how, or why it stays. Pure: the facts (the caller's role per place, who is a group's only Owner,
 * where GitLab's seats removal may be used) are gathered by collectOffboarding.ts.
 *
 * - A direct membership goes when the caller manages members there (group Owner, project Maintainer; an Owner
 *   only by an Owner) and it is not a group's only Owner (GitLab keeps that one).
 * - An invitation goes when the caller manages members there (only they see invitations anyway).
 * - An inherited one is not a row of its own: it goes with the membership it comes from, or stays with it.
 * - Where the caller owns a top-level group whose seats list the person, one `DELETE billable_members` takes
 *   every membership of theirs in that hierarchy (GitLab's fast path); elsewhere each membership is removed on
 *   its own, keeping GitLab from touching sub-memberships the plan did not show (`skip_subresources`).
 */
import * as l10n from '@vscode/l10n';
import { manageBlocker } from '../domain/roleRules';
import { roleName } from '../domain/roles';
import type { AccessHit } from '../findAccess/searchAccess';
import { AccessLevels, type AccessLevel, type Group, type Source } from '../gitlab/types';

export interface OffboardFacts {
  /** The caller's role per place (`kind:id`); absent: unknown (an administrator, or not asked). */
  readonly callerLevels: ReadonlyMap<string, AccessLevel | undefined>;
  /** Groups (`group:id`) where the person is the only Owner. */
  readonly onlyOwnerOf: ReadonlySet<string>;
  /** Top-level groups the caller owns whose seats list the person. */
  readonly seatRoots: readonly Group[];
  readonly readOnly: boolean;
  /** The caller is an administrator (their own role anywhere says nothing). */
  readonly admin: boolean;
  /** The search missed groups or projects: GitLab's seats removal would reach places the plan does not show. */
  readonly incomplete: boolean;
}

export type PlanRow =
  | { readonly action: 'remove'; readonly hit: AccessHit; readonly by: 'seats' | 'row'; readonly root?: Group }
  | { readonly action: 'keep'; readonly hit: AccessHit; readonly reason: string };

export interface OffboardPlan {
  readonly rows: readonly PlanRow[];
  /** Inherited access found: it goes or stays with the membership it comes from. */
  readonly inherited: readonly AccessHit[];
}

export const placeKey = (s: Pick<Source, 'kind' | 'id'>): string => `${s.kind}:${s.id}`;

/** The top-level group a place belongs to: the same group, or the one its path starts with. */
export function inHierarchy(root: Group, source: Source): boolean {
  const underGroup = source.kind === 'group' || source.namespace.kind === 'group';
  return underGroup && (source.fullPath === root.fullPath || source.fullPath.startsWith(`${root.fullPath}/`));
}

function keepReason(hit: AccessHit, facts: OffboardFacts): string | undefined {
  const { source } = hit;
  const level = facts.callerLevels.get(placeKey(source));
  if (!facts.admin && level === undefined) return l10n.t('you have no role of your own here (it is reached through a share), so GitLab will refuse');
  const blocker = manageBlocker(source.kind, level, facts.readOnly);
  if (blocker) return blocker;
  if (hit.kind === 'invitation') return undefined;
  if (source.kind === 'project' && source.namespace.kind === 'user' && source.namespace.fullPath === hit.member.username) {
    return l10n.t('their own personal project: GitLab keeps its owner');
  }
  if (hit.member.ldapOverride !== undefined && !facts.admin) return l10n.t('from LDAP Group Sync: only an administrator may remove them here');
  if (facts.onlyOwnerOf.has(placeKey(source))) return l10n.t('the only Owner of {0}: GitLab keeps a group\'s last Owner', source.fullPath);
  const owner = AccessLevels.Owner;
  if (hit.member.accessLevel >= owner && level !== undefined && level < owner) {
    return l10n.t('{0} here: only an Owner may remove an Owner, and you are {1}', roleName(hit.member.accessLevel), roleName(level));
  }
  return undefined;
}

export function planOffboarding(hits: readonly AccessHit[], facts: OffboardFacts): OffboardPlan {
  const inherited = hits.filter((h) => h.kind === 'member' && h.member.inheritedFrom !== undefined);
  const own = hits.filter((h) => !inherited.includes(h));
  const kept = new Map(own.map((h) => [h, keepReason(h, facts)] as const));
  // The fast path only where nothing in that hierarchy must stay: GitLab's worker stops at the first it may not remove.
  const roots = (facts.incomplete ? [] : facts.seatRoots).filter((root) => own.every((h) => !inHierarchy(root, h.source) || h.kind === 'invitation' || kept.get(h) === undefined));
  const rows = own.map((hit): PlanRow => {
    const reason = kept.get(hit);
    if (reason !== undefined) return { action: 'keep', hit, reason };
    const root = hit.kind === 'member' ? roots.find((r) => inHierarchy(r, hit.source)) : undefined;
    return root ? { action: 'remove', hit, by: 'seats', root } : { action: 'remove', hit, by: 'row' };
  });
  return { rows, inherited };
}
