/** GitLab role names. Pure: no vscode. */
import { AccessLevels, type AccessLevel } from '../gitlab/types';

const ROLE_NAMES: ReadonlyMap<number, string> = new Map([
  [AccessLevels.NoAccess, 'No access'],
  [AccessLevels.MinimalAccess, 'Minimal Access'],
  [AccessLevels.Guest, 'Guest'],
  [AccessLevels.Planner, 'Planner'],
  [AccessLevels.Reporter, 'Reporter'],
  [AccessLevels.Developer, 'Developer'],
  [AccessLevels.Maintainer, 'Maintainer'],
  [AccessLevels.Owner, 'Owner'],
]);

/** `30` → `Developer`; a level this version does not know → `Role <n>` (newer servers add roles). */
export function roleName(level: AccessLevel): string {
  return ROLE_NAMES.get(level) ?? `Role ${level}`;
}
