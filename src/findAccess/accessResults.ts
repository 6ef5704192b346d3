/**
 * The search hits as people and places: one entry per user (or invited email), each with every group and
 * project where they have access, how (direct, inherited from a group, or a pending invitation), with which
 * role, since and until when. Pure: no vscode.
 */
import * as l10n from '@vscode/l10n';
import { groupsAndProjects } from '../domain/counts';
import { describeExpiry } from '../domain/expiry';
import { roleName } from '../domain/roles';
import type { AccessLevel, Invitation, Member, Source, UserSummary } from '../gitlab/types';
import type { UserMembership } from '../gitlab/userMemberships';
import type { AccessHit, AccessSearchResult } from './searchAccess';
import { inheritedText } from '../domain/membershipSource';

export interface Place {
  readonly source: Source;
  readonly accessLevel: AccessLevel;
  readonly via: 'direct' | 'inherited' | 'invitation';
  /** For `inherited`: the group the membership is held in ('' when GitLab did not say, e.g. a shared group). */
  readonly inheritedFrom?: string;
  /** YYYY-MM-DD or ISO timestamp, when GitLab gave it. */
  readonly since?: string;
  readonly expiresAt: string | null;
  readonly member?: Member;
  readonly invitation?: Invitation;
}

export interface PersonAccess {
  /** `user:<id>` or `email:<address>`. */
  readonly key: string;
  /** `Carol Chen (@carol)` or the invited email. */
  readonly label: string;
  readonly places: readonly Place[];
  /** The memberships path: the user, and their direct memberships as GitLab lists them (no path or dates). */
  readonly user?: UserSummary;
  readonly listed?: readonly UserMembership[];
}

const personLabelOf = (u: Pick<UserSummary, 'name' | 'username'>) => (u.name ? `${u.name} (@${u.username})` : `@${u.username}`);

/** The people of a search, whichever path found them. */
export function peopleOf(result: AccessSearchResult): PersonAccess[] {
  if (!result.listed) return groupByPerson(result.hits);
  const { user, memberships } = result.listed;
  const listed = [...memberships].sort((a, b) => a.sourceName.localeCompare(b.sourceName) || a.sourceId - b.sourceId);
  return [{ key: `user:${user.id}`, label: personLabelOf(user), places: [], user, listed }];
}

export function groupByPerson(hits: readonly AccessHit[]): PersonAccess[] {
  const people = new Map<string, { label: string; places: Place[] }>();
  for (const hit of hits) {
    const { key, label } = hit.kind === 'member'
      ? { key: `user:${hit.member.id}`, label: personLabelOf(hit.member) }
      : { key: `email:${hit.invitation.email.toLowerCase()}`, label: hit.invitation.email };
    const person = people.get(key) ?? { label, places: [] };
    person.places.push(toPlace(hit));
    people.set(key, person);
  }
  return [...people.entries()]
    .map(([key, p]) => ({ key, label: p.label, places: p.places.sort((a, b) => a.source.fullPath.localeCompare(b.source.fullPath)) }))
    .sort((a, b) => a.label.localeCompare(b.label));
}

function toPlace(hit: AccessHit): Place {
  if (hit.kind === 'invitation') {
    const i = hit.invitation;
    return { source: hit.source, accessLevel: i.accessLevel, via: 'invitation', since: i.createdAt, expiresAt: i.expiresAt, invitation: i };
  }
  const m = hit.member;
  return {
    source: hit.source, accessLevel: m.accessLevel, via: m.inheritedFrom ? 'inherited' : 'direct',
    ...(m.inheritedFrom ? { inheritedFrom: m.inheritedFrom.fullPath } : {}),
    since: m.createdAt, expiresAt: m.expiresAt, member: m,
  };
}

/** `direct`, `inherited from acme`, `inherited (shared group)`, `invitation pending`. */
export function viaText(place: Place): string {
  if (place.via === 'direct') return l10n.t({ message: 'direct', comment: ['how access is held: a direct membership (not inherited)'] });
  if (place.via === 'invitation') return l10n.t('invitation pending');
  return place.member?.inheritedFrom ? inheritedText(place.member.inheritedFrom) : l10n.t('inherited (shared group)');
}

/** `Developer · inherited from acme · since 2024-10-18 · expires in 3 days`. */
export function placeDescription(place: Place, now: Date): string {
  return [
    roleName(place.accessLevel),
    viaText(place),
    place.since ? l10n.t('since {0}', place.since.slice(0, 10)) : undefined,
    describeExpiry(place.expiresAt, now),
  ].filter(Boolean).join(' · ');
}

/** `in 6 groups and projects` summary for a person's row. */
export function placesSummary(person: PersonAccess): string {
  const levels = [...person.places, ...(person.listed ?? [])].map((p) => p.accessLevel);
  const n = levels.length;
  const roles = [...new Set(levels)].sort((a, b) => b - a).map(roleName);
  const highest = roles[0] ?? l10n.t({ message: 'none', comment: ['no highest role (no role known)'] });
  return n === 1 ? l10n.t('1 place · highest {0}', highest) : l10n.t('{0} places · highest {1}', n, highest);
}

/** The view's message line after a search: who matched, what was searched and how, what was not, and why an email may find nobody. */
export function searchSummary(result: AccessSearchResult, people: number): string {
  if (result.listed) return listedSummary(result, result.listed.user.username);
  const searched = groupsAndProjects(result.searched);
  const found = people === 0 ? l10n.t('Nobody matching "{0}" has access ({1} searched).', result.query, searched)
    : people === 1 ? l10n.t('One person matches "{0}" ({1} searched).', result.query, searched)
    : l10n.t('{0} people match "{1}" ({2} searched).', people, result.query, searched);
  const failed = result.failures.length
    ? l10n.t('Not searched: {0}.', `${result.failures.slice(0, 3).map((f) => `${f.source.fullPath} (${f.message})`).join('; ')}${result.failures.length > 3 ? '; …' : ''}`)
    : undefined;
  const truncated = result.truncated ? l10n.t('Only the first 1,000 groups and projects were searched.') : undefined;
  const hidden = result.emailNotResolved && !result.hits.some((h) => h.kind === 'member')
    ? l10n.t('GitLab finds a member by email only when it is their public email (administrators: any email): search by username or name to be sure.')
    : undefined;
  return [found, failed, truncated, hidden, pathText(result)].filter(Boolean).join(' ');
}

/** Which path found the places, and why the walk when it was the walk. */
export function pathText(result: AccessSearchResult): string {
  if (result.path === 'memberships') return l10n.t('Path: the user\'s memberships list (administrator).');
  if (result.walkReason === 'asked') return l10n.t('Path: a walk of every group and project.');
  return result.walkReason === 'not-admin'
    ? l10n.t('Path: a walk of every group and project (GitLab lists a user\'s memberships to administrators only).')
    : l10n.t('Path: a walk of every group and project (the memberships list needs one exact username or a known email).');
}

function listedSummary(result: AccessSearchResult, username: string): string {
  const n = result.searched;
  const found = n === 0 ? l10n.t('@{0} has no direct membership anywhere.', username)
    : n === 1 ? l10n.t('@{0} is a direct member of 1 group or project.', username)
    : l10n.t('@{0} is a direct member of {1} groups and projects.', username, n);
  const lacks = n === 0 ? undefined
    : l10n.t('GitLab\'s list names each place and role only: hover a row to read its path; inherited access, dates and invitations are not in it (search part of the name to walk every group and project).');
  return [found, lacks, pathText(result)].filter(Boolean).join(' ');
}
