/**
 * gitlabMembers.denyAccessRequest: turns down someone's request to join, after a confirmation naming them and
 * the group or project. They get no access; they may ask again.
 */
import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';
import { refOf } from '../sources/sourceContext';
import { resolveRequest } from './pickers/pickAccessRequest';
import type { CommandDeps } from './support/deps';
import { personLabel, placeLabel } from './support/describe';
import { runAction } from './support/runAction';

export async function denyAccessRequest(deps: CommandDeps, node?: unknown): Promise<void> {
  const title = l10n.t('Deny Access Request');
  const target = await resolveRequest(deps, node, title);
  if (!target) return;
  const { ctx, request } = target;
  const who = personLabel(request);
  const deny = l10n.t({ message: 'Deny', comment: ['button: turn down an access request'] });
  const answer = await vscode.window.showWarningMessage(
    l10n.t('Deny the request of {0} to join {1}?', who, placeLabel(ctx.source)),
    { modal: true, detail: l10n.t('They asked on {0}. They get no access and may ask again.', request.requestedAt.slice(0, 10)) },
    deny,
  );
  if (answer !== deny) return;
  const result = await runAction(deps, ctx, {
    progress: l10n.t('Denying the request of {0} to join {1}', who, ctx.source.fullPath),
    doing: l10n.t({ message: 'deny the request of {0} to join {1}', args: [who, ctx.source.fullPath], comment: ['completes "Couldn\'t …: <reason>" when denying fails'] }),
    affects: 'row',
  }, () => ctx.session.api.denyAccessRequest(refOf(ctx), request.id));
  if (result.ok) void vscode.window.showInformationMessage(l10n.t('Denied the request of {0} to join {1}.', who, ctx.source.fullPath));
}
