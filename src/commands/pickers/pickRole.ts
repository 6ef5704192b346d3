/** A role from the ones this caller may give here (the same rules as the invite form), the current one marked. */
import * as vscode from 'vscode';
import { roleName } from '../../domain/roles';
import { assignableRoles } from '../../domain/roleRules';
import type { AccessLevel } from '../../gitlab/types';
import { isTopLevel, type SourceContext } from '../sourceContext';

export async function pickRole(ctx: SourceContext, title: string, current: AccessLevel): Promise<AccessLevel | undefined> {
  const serverVersion = await ctx.session.api.serverVersion().catch(() => undefined);
  const options = assignableRoles({ kind: ctx.source.kind, topLevel: isTopLevel(ctx.source) }, { level: ctx.callerLevel, serverVersion });
  const items = options.map((o) => ({ label: o.name, description: o.level === current ? 'current' : undefined, level: o.level, picked: o.level === current }));
  if (!options.some((o) => o.level === current)) {
    // Keeping a role this caller could not give (say Owner, for a Maintainer) must stay possible.
    items.unshift({ label: roleName(current), description: 'current', level: current, picked: true });
  }
  const pick = vscode.window.createQuickPick<(typeof items)[number]>();
  Object.assign(pick, { title, placeholder: `Role (now ${roleName(current)})`, items, ignoreFocusOut: true });
  pick.activeItems = items.filter((i) => i.level === current);
  try {
    return await new Promise<AccessLevel | undefined>((resolve) => {
      pick.onDidAccept(() => resolve(pick.selectedItems[0]?.level));
      pick.onDidHide(() => resolve(undefined));
      pick.show();
    });
  } finally {
    pick.dispose();
  }
}
