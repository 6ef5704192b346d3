/**
 * gitlabMembers.bulkChangeRole: one new role for every selected member and invitation (their expiry stays).
 * Offers the roles the caller may give in all the groups and projects involved.
 */
import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';
import { roleName } from '../domain/roles';
import { assignableRoles } from '../domain/roleRules';
import { placesOf } from '../bulk/selection';
import type { CommandDeps } from './support/deps';
import { executeBulk, prepareBulk, type TreePlace } from './support/bulkFlow';
import { isTopLevel } from '../sources/sourceContext';

export async function bulkChangeRole(deps: CommandDeps, node?: unknown, nodes?: unknown): Promise<void> {
  const selection = await prepareBulk(deps, node, nodes, 'changeRole', l10n.t('Change Role of Selected'));
  if (!selection) return;
  const n = selection.targets.length;
  const roles = await commonRoles(placesOf(selection.targets));
  const picked = await vscode.window.showQuickPick(roles.map((level) => ({ label: roleName(level), level })), {
    title: l10n.t('Change Role of {0} Selected', n),
    placeHolder: n === 1 ? l10n.t('New role for 1 row (their expiry stays)') : l10n.t('New role for {0} rows (their expiry stays)', n),
    ignoreFocusOut: true,
  });
  if (!picked) return;
  await executeBulk(deps, {
    title: l10n.t('Change role to {0}', picked.label),
    doneText: l10n.t('Changed to {0}:', picked.label),
    change: { action: 'changeRole', accessLevel: picked.level },
  }, selection);
}

/** The roles the caller may give in every one of the places. */
async function commonRoles(places: readonly TreePlace[]): Promise<number[]> {
  const serverVersion = await places[0].ctx.session.api.serverVersion().catch(() => undefined);
  const perPlace = places.map((p) => assignableRoles(
    { kind: p.source.kind, topLevel: isTopLevel(p.source) },
    { level: p.callerLevel, serverVersion },
  ).map((o) => o.level));
  return perPlace.reduce((common, levels) => common.filter((l) => levels.includes(l)));
}
