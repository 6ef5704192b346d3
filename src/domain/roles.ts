/** GitLab role names. Pure: no vscode. */
import * as l10n from '@vscode/l10n';
import { AccessLevels, type AccessLevel } from '../gitlab/types';

/** The English names, as GitLab spells them: for machine-read output (CSV exports), never translated. */
const ENGLISH_ROLE_NAMES: ReadonlyMap<number, string> = new Map([
  [AccessLevels.NoAccess, 'No access'], // l10n-ignore: stable value of CSV exports (read by scripts)
  [AccessLevels.MinimalAccess, 'Minimal Access'], // l10n-ignore: stable value of CSV exports (read by scripts)
  [AccessLevels.Guest, 'Guest'],
  [AccessLevels.Planner, 'Planner'],
  [AccessLevels.Reporter, 'Reporter'],
  [AccessLevels.Developer, 'Developer'],
  [AccessLevels.Maintainer, 'Maintainer'],
  [AccessLevels.Owner, 'Owner'],
]);

/** `30` → `Developer`; a level this version does not know → `Role <n>` (newer servers add roles). As people read it. */
export function roleName(level: AccessLevel): string {
  switch (level) {
    case AccessLevels.NoAccess: return l10n.t({ message: 'No access', comment: ['a GitLab role (access level), as GitLab names it'] });
    case AccessLevels.MinimalAccess: return l10n.t({ message: 'Minimal Access', comment: ['a GitLab role (access level), as GitLab names it'] });
    case AccessLevels.Guest: return l10n.t({ message: 'Guest', comment: ['a GitLab role (access level), as GitLab names it'] });
    case AccessLevels.Planner: return l10n.t({ message: 'Planner', comment: ['a GitLab role (access level), as GitLab names it'] });
    case AccessLevels.Reporter: return l10n.t({ message: 'Reporter', comment: ['a GitLab role (access level), as GitLab names it'] });
    case AccessLevels.Developer: return l10n.t({ message: 'Developer', comment: ['a GitLab role (access level), as GitLab names it'] });
    case AccessLevels.Maintainer: return l10n.t({ message: 'Maintainer', comment: ['a GitLab role (access level), as GitLab names it'] });
    case AccessLevels.Owner: return l10n.t({ message: 'Owner', comment: ['a GitLab role (access level), as GitLab names it'] });
    default: return l10n.t({ message: 'Role {0}', args: [level], comment: ['a role this version does not know, by its access level number'] });
  }
}

/** The English name whatever the display language (`Developer`, `Role 60`): for CSV exports, which scripts read. */
export function englishRoleName(level: AccessLevel): string {
  return ENGLISH_ROLE_NAMES.get(level) ?? `Role ${level}`;
}
