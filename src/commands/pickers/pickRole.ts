/**
 * A role from the ones this caller may give here (the same rules as the invite form), the current one marked.
 * With `custom`, the custom roles of the top-level group follow the standard ones.
 */
import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';
import { customRoleName } from '../../domain/roleRules';
import { roleName } from '../../domain/roles';
import type { AccessLevel } from '../../gitlab/types';
import { offeredRoles } from '../../sources/customRoles';
import type { SourceContext } from '../../sources/sourceContext';

/** A standard role, or (with `memberRoleId`) a custom role and its base level. */
export interface RolePick {
  readonly level: AccessLevel;
  readonly memberRoleId?: number;
}

const same = (a: RolePick, b: RolePick): boolean => a.level === b.level && a.memberRoleId === b.memberRoleId;

/** `mark`: what the preselected role is called in the list (default "current"); `minLevel`: the lowest role offered. */
export async function pickRoleChoice(ctx: SourceContext, title: string, current: RolePick, opts: { custom: boolean; mark?: string; minLevel?: AccessLevel }): Promise<RolePick | undefined> {
  const offered = await offeredRoles(ctx, opts);
  const { customRoles } = offered;
  const options = offered.options.filter((o) => o.level >= (opts.minLevel ?? 0));
  const currentName = current.memberRoleId === undefined ? roleName(current.level)
    : (() => {
      const role = customRoles.find((r) => r.id === current.memberRoleId);
      return role ? customRoleName(role) : l10n.t('Custom role #{0} (based on {1})', current.memberRoleId!, roleName(current.level));
    })();
  const currentMark = opts.mark ?? l10n.t({ message: 'current', comment: ['marks the role the member or invitation has now'] });
  const items = options.map((o) => ({
    label: o.name, description: same(o, current) ? currentMark : undefined, choice: toPick(o), picked: same(o, current),
  }));
  if (!options.some((o) => same(o, current))) {
    // Keeping a role this caller could not give (say Owner, for a Maintainer) must stay possible.
    items.unshift({ label: currentName, description: currentMark, choice: current, picked: true });
  }
  const pick = vscode.window.createQuickPick<(typeof items)[number]>();
  Object.assign(pick, { title, placeholder: l10n.t('Role (now {0})', currentName), items, ignoreFocusOut: true });
  pick.activeItems = items.filter((i) => same(i.choice, current));
  try {
    return await new Promise<RolePick | undefined>((resolve) => {
      pick.onDidAccept(() => resolve(pick.selectedItems[0]?.choice));
      pick.onDidHide(() => resolve(undefined));
      pick.show();
    });
  } finally {
    pick.dispose();
  }
}

/** A standard role only (invitations cannot be given a custom role after they are sent). */
export async function pickRole(ctx: SourceContext, title: string, current: AccessLevel): Promise<AccessLevel | undefined> {
  return (await pickRoleChoice(ctx, title, { level: current }, { custom: false }))?.level;
}

function toPick(o: { level: AccessLevel; memberRoleId?: number }): RolePick {
  return o.memberRoleId === undefined ? { level: o.level } : { level: o.level, memberRoleId: o.memberRoleId };
}
