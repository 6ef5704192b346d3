/**
 * The search hits as people and places: one entry per user (or invited email), each with every group and
 * project where they have access, how (direct, inherited from a group, or a pending invitation), with which
 * role, since and until when. Pure: no vscode.
 */
import * as l10n from '@vscode/l10n';
import { groupsAndProjects } from '../domain/counts';
import { describeExpiry } from '../domain/expiry';
import { roleName } from '../domain/roles';
import type { AccessLevel, Invitation, Member, Source } from '../gitlab/types';
import type { AccessHit, AccessSearchResult } from './searchAccess';

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
}

export function groupByPerson(hits: readonly AccessHit[]): PersonAccess[] {
  const people = new Map<string, { label: string; places: Place[] }>();
  for (const hit of hits) {
    const { key, label } = hit.kind === 'member'
      ? { key: `user:${hit.member.id}`, label: hit.member.name ? `${hit.member.name} (@${hit.member.username})` : `@${hit.member.username}` }
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
  return place.inheritedFrom ? l10n.t('inherited from {0}', place.inheritedFrom) : l10n.t('inherited (shared group)');
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
  const n = person.places.length;
  const roles = [...new Set(person.places.map((p) => p.accessLevel))].sort((a, b) => b - a).map(roleName);
  const highest = roles[0] ?? l10n.t({ message: 'none', comment: ['no highest role (no role known)'] });
  return n === 1 ? l10n.t('1 place · highest {0}', highest) : l10n.t('{0} places · highest {1}', n, highest);
}

/** The view's message line after a search: who matched, what was searched, what was not, and why an email may find nobody. */
export function searchSummary(result: AccessSearchResult, people: number): string {
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
  return [found, failed, truncated, hidden].filter(Boolean).join(' ');
}
