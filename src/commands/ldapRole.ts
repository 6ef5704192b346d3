/**
 * gitlabMembers.overrideLdapRole and gitlabMembers.revertLdapRole: a member granted by LDAP Group Sync (EE,
 * self-managed) keeps the role LDAP gives until an Owner overrides it. Override LDAP Role… asks for the role
 * (the picker is the confirmation), overrides (`POST …/override`) and sets it; Revert to LDAP Role… (confirmed)
 * hands the role back to sync (`DELETE …/override`): GitLab leaves it as it is until the next sync resets it.
 */
import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';
import { roleName } from '../domain/roles';
import { refOf } from '../sources/sourceContext';
import { pickRoleChoice } from './pickers/pickRole';
import { resolveMember } from './pickers/resolve';
import type { CommandDeps } from './support/deps';
import { personLabel, placeLabel } from './support/describe';
import { runAction } from './support/runAction';

export async function overrideLdapRole(deps: CommandDeps, node?: unknown): Promise<void> {
  const target = await resolveMember(deps, node, l10n.t('Override LDAP Role'), { writes: true, accept: (m) => m.ldapOverride === false });
  if (!target) return;
  const { ctx, member } = target;
  const who = personLabel(member);
  const path = ctx.source.fullPath;
  const role = await pickRoleChoice(ctx, l10n.t('Override LDAP Role: role of {0} in {1} (LDAP gives {2})', who, path, roleName(member.accessLevel)), { level: member.accessLevel }, { custom: false, mark: l10n.t('from LDAP') });
  if (!role) return;
  // Two requests, each reported: a role change that fails leaves the override on, and says so.
  const overridden = await runAction(deps, ctx, {
    progress: l10n.t('Overriding the LDAP role of {0} in {1}', who, path),
    doing: l10n.t({ message: 'override the LDAP role of {0} in {1}', args: [who, path], comment: ['completes "Couldn\'t …: <reason>"'] }),
    affects: 'row',
  }, () => ctx.session.api.setLdapOverride(ctx.source.id, member.id, true));
  if (!overridden.ok) return;
  if (role.level !== member.accessLevel) {
    const changed = await runAction(deps, ctx, {
      progress: l10n.t('Changing {0} in {1}', who, path),
      doing: l10n.t({ message: 'set the role of {0} in {1} (the LDAP role is overridden, still {2})', args: [who, path, roleName(member.accessLevel)], comment: ['completes "Couldn\'t …: <reason>"'] }),
      affects: 'row',
    }, () => ctx.session.api.editMember(refOf(ctx), member.id, { accessLevel: role.level }));
    if (!changed.ok) return;
  }
  void vscode.window.showInformationMessage(l10n.t('{0} is {1} in {2}, overriding LDAP: Group Sync leaves this role alone until you revert it.', who, roleName(role.level), path));
}

export async function revertLdapRole(deps: CommandDeps, node?: unknown): Promise<void> {
  const target = await resolveMember(deps, node, l10n.t('Revert to LDAP Role'), { writes: true, accept: (m) => m.ldapOverride === true });
  if (!target) return;
  const { ctx, member } = target;
  const who = personLabel(member);
  const revert = l10n.t({ message: 'Revert', comment: ['button: hand a member\'s role back to LDAP Group Sync'] });
  const answer = await vscode.window.showWarningMessage(
    l10n.t('Hand the role of {0} in {1} back to LDAP?', who, placeLabel(ctx.source)),
    { modal: true, detail: l10n.t('They stay {0} until the next LDAP sync, which sets the role LDAP gives (and may lower it).', roleName(member.accessLevel)) },
    revert,
  );
  if (answer !== revert) return;
  const result = await runAction(deps, ctx, {
    progress: l10n.t('Handing the role of {0} in {1} back to LDAP', who, ctx.source.fullPath),
    doing: l10n.t({ message: 'hand the role of {0} in {1} back to LDAP', args: [who, ctx.source.fullPath], comment: ['completes "Couldn\'t …: <reason>"'] }),
    affects: 'row',
  }, () => ctx.session.api.setLdapOverride(ctx.source.id, member.id, false));
  if (result.ok) void vscode.window.showInformationMessage(l10n.t('The role of {0} in {1} is LDAP\'s again: the next sync sets it.', who, ctx.source.fullPath));
}
