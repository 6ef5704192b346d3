/** Counts as every message writes them: `12,500`, and `1 group or project` / `12 groups and projects`. Pure. */

export function thousands(value: number): string {
  return value.toLocaleString('en-US');
}

export function groupsAndProjects(count: number): string {
  return `${thousands(count)} ${count === 1 ? 'group or project' : 'groups and projects'}`;
}
