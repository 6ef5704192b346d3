/**
 * gitlabMembers.approveAccessRequest: makes someone who asked to join a member, with a role chosen from those the
 * caller may give (GitLab's default, Developer, preselected). From an "Access requests" row, or the palette.
 */
import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';
import { roleName } from '../domain/roles';
import { AccessLevels } from '../gitlab/types';
import { refOf } from '../sources/sourceContext';
import { resolveRequest } from './pickers/pickAccessRequest';
import { pickRoleChoice } from './pickers/pickRole';
import type { CommandDeps } from './support/deps';
import { personLabel } from './support/describe';
import { runAction } from './support/runAction';

export async function approveAccessRequest(deps: CommandDeps, node?: unknown): Promise<void> {
  const title = l10n.t('Approve Access Request');
  const target = await resolveRequest(deps, node, title);
  if (!target) return;
  const { ctx, request } = target;
  const who = personLabel(request);
  const path = ctx.source.fullPath;
  const mark = l10n.t({ message: 'GitLab\'s default', comment: ['marks the role an access request is approved with unless another is chosen'] });
  const role = await pickRoleChoice(ctx, l10n.t('Approve {0}: role in {1}', who, path), { level: AccessLevels.Developer }, { custom: false, mark });
  if (!role) return;
  const result = await runAction(deps, ctx, {
    progress: l10n.t('Approving {0} in {1}', who, path),
    doing: l10n.t({ message: 'approve {0} in {1}', args: [who, path], comment: ['completes "Couldn\'t …: <reason>" when approving fails'] }),
    affects: 'row',
  }, () => ctx.session.api.approveAccessRequest(refOf(ctx), request.id, role.level));
  if (result.ok) void vscode.window.showInformationMessage(l10n.t('{0} is now a member of {1} as {2}.', who, path, roleName(result.value.accessLevel)));
}
