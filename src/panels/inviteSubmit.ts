/**
 * Sending the form: checked again here (the webview is not trusted to have done it), one `invite` call (the API
 * layer batches and reconciles), a notification, and the tree reloaded whatever happened.
 */
import * as vscode from 'vscode';
import { showError } from '../commands/showError';
import { placeOf, refOf, type SourceContext } from '../commands/sourceContext';
import { explainFailure } from '../domain/actionErrors';
import { checkExpiryInput } from '../domain/expiryRule';
import { summarizeInvite } from '../domain/inviteSummary';
import type { FormTarget, FromWebview, ToWebview } from '../shared/protocol';

export type InviteRequestMessage = Extract<FromWebview, { type: 'invite' }>;

export interface SubmitEnv {
  readonly log: vscode.LogOutputChannel;
  readonly viewId: string;
  readonly refresh: (ctx: SourceContext) => void;
}

export async function submitInvite(env: SubmitEnv, ctx: SourceContext, target: FormTarget, msg: InviteRequestMessage): Promise<ToWebview> {
  const refused = refusal(target, msg);
  if (refused) return { type: 'inviteFailed', requestId: msg.requestId, error: refused };
  const path = ctx.source.fullPath;
  env.log.info(`Inviting ${msg.emails.length} email(s) and ${msg.users.length} user(s) to ${path}`);
  try {
    const outcomes = await vscode.window.withProgress({ location: { viewId: env.viewId }, title: `Inviting to ${path}` }, () =>
      ctx.session.api.invite(refOf(ctx), {
        emails: msg.emails,
        users: msg.users.map(({ id, username }) => ({ id, username })),
        accessLevel: msg.accessLevel,
        ...(msg.memberRoleId !== undefined ? { memberRoleId: msg.memberRoleId } : {}),
        ...(msg.expiresAt ? { expiresAt: msg.expiresAt } : {}),
      }));
    const results = outcomes.map(({ recipient, kind, status, message }) => ({ recipient, kind, status, ...(message ? { message } : {}) }));
    for (const r of results) env.log.info(`invite ${r.recipient} to ${path}: ${r.status}${r.message ? ` (${r.message})` : ''}`);
    const summary = summarizeInvite(results, path);
    if (summary.severity === 'info') void vscode.window.showInformationMessage(summary.text);
    else void vscode.window.showWarningMessage(summary.text);
    return { type: 'inviteResult', requestId: msg.requestId, results };
  } catch (err) {
    const error = explainFailure(`invite to ${path}`, err, placeOf(ctx));
    void showError(env.log, error);
    return { type: 'inviteFailed', requestId: msg.requestId, error };
  } finally {
    env.refresh(ctx);
  }
}

/** Why the request cannot be sent as it is; undefined when it can. */
function refusal(target: FormTarget, msg: InviteRequestMessage): string | undefined {
  if (msg.targetKey !== target.key) return 'The form now points at another group or project: check it and send again.';
  if (!target.roles.some((r) => r.level === msg.accessLevel && r.memberRoleId === msg.memberRoleId)) return 'That role cannot be given here: pick one from the list.';
  if (msg.emails.length + msg.users.length === 0) return 'Add at least one email address or user.';
  const expiry = checkExpiryInput(msg.expiresAt ?? '', new Date());
  return expiry.ok ? undefined : expiry.error;
}
