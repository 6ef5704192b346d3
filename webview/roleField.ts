/**
 * The role dropdown: only the roles the extension says this caller may give on this target, the custom roles of
 * the top-level group after the standard ones. An option's value is `level`, or `level:memberRoleId` for a custom role.
 */
import type { InviteDraft } from './inviteDraft';
import type { RoleChoice } from '../src/shared/protocol';
import { custom } from './dom';
import type { ToolkitDropdown } from './toolkit';

/** What is chosen: a standard role, or a custom role and its base level. */
export interface ChosenRole {
  readonly level: number;
  readonly memberRoleId?: number;
}

export function roleValue(role: ChosenRole): string {
  return role.memberRoleId === undefined ? String(role.level) : `${role.level}:${role.memberRoleId}`;
}

export function findRole(roles: readonly RoleChoice[], wanted: ChosenRole): RoleChoice | undefined {
  return roles.find((r) => r.level === wanted.level && r.memberRoleId === wanted.memberRoleId);
}

export function renderRoles(dropdown: ToolkitDropdown, roles: readonly RoleChoice[], selected: ChosenRole | null): void {
  dropdown.replaceChildren(...roles.map((role) => custom('vscode-option', { text: role.name, attrs: { value: roleValue(role) } })));
  dropdown.disabled = roles.length === 0;
  if (selected !== null) {
    // The options upgrade asynchronously: set the value once they are in place.
    requestAnimationFrame(() => {
      dropdown.value = roleValue(selected);
    });
  }
}

/** The chosen role, or null when the dropdown shows nothing valid. */
export function selectedRole(dropdown: ToolkitDropdown, roles: readonly RoleChoice[]): RoleChoice | null {
  return roles.find((r) => roleValue(r) === dropdown.value) ?? null;
}

/** The draft with this role chosen (or none). */
export function withRole(draft: InviteDraft, role: ChosenRole | null): InviteDraft {
  return { ...draft, role: role?.level ?? null, memberRoleId: role?.memberRoleId };
}
