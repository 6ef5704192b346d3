/** The role dropdown: only the roles the extension says this caller may give on this target. */
import type { RoleChoice } from '../src/shared/protocol';
import { custom } from './dom';
import type { ToolkitDropdown } from './toolkit';

export function renderRoles(dropdown: ToolkitDropdown, roles: readonly RoleChoice[], selected: number | null): void {
  dropdown.replaceChildren(...roles.map((role) => custom('vscode-option', { text: role.name, attrs: { value: String(role.level) } })));
  dropdown.disabled = roles.length === 0;
  if (selected !== null) {
    // The options upgrade asynchronously: set the value once they are in place.
    requestAnimationFrame(() => {
      dropdown.value = String(selected);
    });
  }
}

/** The chosen level, or null when the dropdown shows nothing valid. */
export function selectedRole(dropdown: ToolkitDropdown, roles: readonly RoleChoice[]): number | null {
  const level = Number(dropdown.value);
  return roles.some((r) => r.level === level) ? level : null;
}
