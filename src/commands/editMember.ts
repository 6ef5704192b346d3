/**
 * gitlabMembers.editMember: change a direct member's role and access expiry (quick picks with the invite form's
 * rules). An inherited member is offered the group the membership comes from instead.
 */
import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';
import type { CommandDeps } from './support/deps';
import { grantLabel, personLabel } from './support/describe';
import { offerSourceGroup } from './support/inheritedMember';
import type { MemberTarget } from './support/nodeTargets';
import { askExpiry } from './pickers/askExpiry';
import { pickRoleChoice } from './pickers/pickRole';
import { resolveMember } from './pickers/resolve';
import { manageBlocker } from '../domain/roleRules';
import { runAction } from './support/runAction';
import { mayChangeMember, refOf } from '../sources/sourceContext';

const title = (): string => l10n.t('Edit Member');

export async function editMember(deps: CommandDeps, node?: unknown): Promise<void> {
  let target = await resolveMember(deps, node, title(), {
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
  const role = await pickRoleChoice(ctx, l10n.t('Edit Member: role of {0} in {1}', who, path), was, { custom: true });
  if (role === undefined) return;
  const level = role.level;
  const sameRole = level === member.accessLevel && role.memberRoleId === member.memberRoleId;
  // A custom role is sent with its base level; leaving one for a standard role sends null.
  const memberRoleId = role.memberRoleId ?? (member.memberRoleId === undefined ? undefined : null);
  const expiry = await askExpiry(l10n.t('Edit Member: access expiry of {0} in {1}', who, path), member.expiresAt);
  if (!expiry) return;
  const current = member.expiresAt?.slice(0, 10) ?? null;
  const expiresAt = expiry.value === current ? undefined : expiry.value;
  if (sameRole && expiresAt === undefined) {
    void vscode.window.showInformationMessage(l10n.t('Nothing changed: {0} stays {1} in {2}.', who, grantLabel(level, current), path));
    return;
  }
  const result = await runAction(deps, ctx, {
    progress: l10n.t('Changing {0} in {1}', who, path),
    doing: l10n.t({ message: 'change {0} in {1}', args: [who, path], comment: ['completes "Couldn\'t …: <reason>" when changing a member fails'] }),
    affects: ctx.source.kind === 'group' ? 'row' : ['members'], // inherited rows below show the role too
  }, () => ctx.session.api.editMember(refOf(ctx), member.id, {
    accessLevel: level, expiresAt, ...(memberRoleId !== undefined ? { memberRoleId } : {}),
  }));
  if (result.ok) {
    const now = result.value;
    void vscode.window.showInformationMessage(l10n.t('{0} is now {1} in {2}.', who, grantLabel(now.accessLevel, now.expiresAt), path));
  }
}
