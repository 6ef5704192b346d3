/**
 * gitlabMembers.editMember: change a direct member's role and access expiry (quick picks with the invite form's
 * rules). An inherited member is offered the group the membership comes from instead.
 */
import * as vscode from 'vscode';
import type { CommandDeps } from './deps';
import { grantLabel, personLabel } from './describe';
import { offerSourceGroup } from './inheritedMember';
import type { MemberTarget } from './nodeTargets';
import { askExpiry } from './pickers/askExpiry';
import { pickRoleChoice } from './pickers/pickRole';
import { resolveMember } from './pickers/resolve';
import { manageBlocker } from '../domain/roleRules';
import { runAction } from './runAction';
import { mayChangeMember, refOf } from './sourceContext';

const TITLE = 'Edit Member';

export async function editMember(deps: CommandDeps, node?: unknown): Promise<void> {
  let target = await resolveMember(deps, node, TITLE, {
    writes: true,
    accept: (m, ctx) => mayChangeMember(ctx, m),
    refusal: (ctx) => manageBlocker(ctx.source.kind, ctx.callerLevel, ctx.session.readOnly),
  });
  if (target?.inherited) target = await offerSourceGroup(deps, target, 'change');
  if (target) await editDirectMember(deps, target);
}

async function editDirectMember(deps: CommandDeps, { ctx, member }: MemberTarget): Promise<void> {
  const who = personLabel(member);
  const path = ctx.source.fullPath;
  const was = member.memberRoleId === undefined ? { level: member.accessLevel } : { level: member.accessLevel, memberRoleId: member.memberRoleId };
  const role = await pickRoleChoice(ctx, `${TITLE}: role of ${who} in ${path}`, was, { custom: true });
  if (role === undefined) return;
  const level = role.level;
  const sameRole = level === member.accessLevel && role.memberRoleId === member.memberRoleId;
  // A custom role is sent with its base level; leaving one for a standard role sends null.
  const memberRoleId = role.memberRoleId ?? (member.memberRoleId === undefined ? undefined : null);
  const expiry = await askExpiry(`${TITLE}: access expiry of ${who} in ${path}`, member.expiresAt);
  if (!expiry) return;
  const current = member.expiresAt?.slice(0, 10) ?? null;
  const expiresAt = expiry.value === current ? undefined : expiry.value;
  if (sameRole && expiresAt === undefined) {
    void vscode.window.showInformationMessage(`Nothing changed: ${who} stays ${grantLabel(level, current)} in ${path}.`);
    return;
  }
  const result = await runAction(deps, ctx, {
    progress: `Changing ${who} in ${path}`,
    doing: `change ${who} in ${path}`,
    affects: ctx.source.kind === 'group' ? 'row' : ['members'], // inherited rows below show the role too
  }, () => ctx.session.api.editMember(refOf(ctx), member.id, {
    accessLevel: level, expiresAt, ...(memberRoleId !== undefined ? { memberRoleId } : {}),
  }));
  if (result.ok) {
    const now = result.value;
    void vscode.window.showInformationMessage(`${who} is now ${grantLabel(now.accessLevel, now.expiresAt)} in ${path}.`);
  }
}
