// Access levels and the rules about which ones a source accepts.
import type { Source } from './types';
import { features } from './version';

export const MINIMAL = 5;
export const GUEST = 10;
export const PLANNER = 15;
export const REPORTER = 20;
export const DEVELOPER = 30;
export const MAINTAINER = 40;
export const OWNER = 50;

export const ROLE_NAMES: Record<number, string> = {
  0: 'No access',
  5: 'Minimal Access',
  10: 'Guest',
  15: 'Planner',
  20: 'Reporter',
  30: 'Developer',
  40: 'Maintainer',
  50: 'Owner',
};

export function roleName(level: number): string {
  return ROLE_NAMES[level] ?? `Custom (${level})`;
}

/** Gitlab::Access.all_values for the server version: what Grape's `values:` check on invitations accepts. */
export function knownLevels(version: string): number[] {
  const levels = [MINIMAL, GUEST, REPORTER, DEVELOPER, MAINTAINER, OWNER];
  if (features.planner(version)) levels.splice(2, 0, PLANNER);
  return levels;
}

/** Model-level validity: Minimal Access only on top-level groups, Owner on projects only from 14.9. */
export function validForSource(level: number, source: Source, version: string): boolean {
  if (!knownLevels(version).includes(level)) return false;
  if (level === MINIMAL) return source.kind === 'group' && source.parentId === null;
  if (level === OWNER && source.kind === 'project') return features.projectOwner(version);
  return true;
}

export function inheritedMessage(level: number, groupName: string): string {
  return `should be greater than or equal to ${roleName(level)} inherited membership from group ${groupName}`;
}
