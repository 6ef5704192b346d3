/** Counts as every message writes them: `12,500`, and `1 group or project` / `12 groups and projects`. Pure. */
import * as l10n from '@vscode/l10n';

export function thousands(value: number): string {
  return value.toLocaleString('en-US');
}

export function groupsAndProjects(count: number): string {
  return count === 1 ? l10n.t('{0} group or project', thousands(count)) : l10n.t('{0} groups and projects', thousands(count));
}
