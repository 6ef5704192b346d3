/** Counts as every message writes them: `12,500` (`12.500` in German), `1 group or project` / `12 groups and projects`. */
import * as l10n from '@vscode/l10n';
import { displayLanguage } from '../shared/l10n';

export function thousands(value: number): string {
  try {
    return value.toLocaleString(displayLanguage());
  } catch {
    return value.toLocaleString('en-US'); // a language tag Intl does not know
  }
}

export function groupsAndProjects(count: number): string {
  return count === 1 ? l10n.t('{0} group or project', thousands(count)) : l10n.t('{0} groups and projects', thousands(count));
}
