/**
 * Sending the form: checked again here (the webview is not trusted to have done it), a review of who already has
 * access (nobody's role is changed unasked), one `invite` call (the API layer batches and reconciles), a
 * notification, and the tree reloaded whatever happened. When GitLab refused the
 * whole request (a 403, a server or network failure), the reply and the notification say why once, and the
 * notification offers "Show Logs" whenever somebody failed.
 */
import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';
import { reachedMilestone } from '../gettingStarted/progress';
import { showError, showLogsButton } from '../core/showError';
import { placeOf, type SourceContext } from '../sources/sourceContext';
import { explainFailure } from '../domain/actionErrors';
import { checkExpiryInput } from '../domain/expiryRule';
import { explainRefusal } from '../domain/inviteRefusal';
import { buildReview, reviewKey, unmatchedNote } from '../domain/inviteReview';
import { summarizeInvite, type InviteSummary } from '../domain/inviteSummary';
import { INVITE_UPDATES, outcomeText } from '../domain/inviteWording';
import { versionAtLeast } from '../gitlab/context';
import { recipientKey } from '../gitlab/inviteOutcomes';
import type { FormTarget, FromWebview } from '../shared/protocol';
import type { InviteReply } from './inviteReplies';

export type InviteRequestMessage = Extract<FromWebview, { type: 'invite' }>;

export interface SubmitEnv {
  readonly log: vscode.LogOutputChannel;
  readonly viewId: string;
  readonly refresh: (ctx: SourceContext) => void;
}

export async function submitInvite(env: SubmitEnv, ctx: SourceContext, target: FormTarget, msg: InviteRequestMessage): Promise<InviteReply> {
  const refused = refusal(target, msg);
  if (refused) return { type: 'inviteFailed', requestId: msg.requestId, error: refused };
  const path = ctx.source.fullPath;
  try {
    return await vscode.window.withProgress({ location: { viewId: env.viewId }, title: l10n.t('Inviting to {0}', path) }, () => send(env, ctx, msg));
  } catch (err) {
    const error = explainFailure(l10n.t({ message: 'invite to {0}', args: [path], comment: ['completes "Couldn\'t …: <reason>" when inviting fails'] }), err, placeOf(ctx));
    void showError(env.log, error);
    return { type: 'inviteFailed', requestId: msg.requestId, error };
  } finally {
    env.refresh(ctx);
  }
}

/**
 * Who already has access here is found first. Unless the person has seen that review (`reviewed`), a send with
 * any such recipient stops there and the form shows them; otherwise only the ticked ones go with the rest.
 */
async function send(env: SubmitEnv, ctx: SourceContext, msg: InviteRequestMessage): Promise<InviteReply> {
  const path = ctx.source.fullPath;
  const api = ctx.session.api;
  const request = {
    emails: msg.emails,
    users: msg.users.map(({ id, username }) => ({ id, username })),
    accessLevel: msg.accessLevel,
    ...(msg.memberRoleId !== undefined ? { memberRoleId: msg.memberRoleId } : {}),
    ...(msg.expiresAt ? { expiresAt: msg.expiresAt } : {}),
  };
  const checks = await api.checkInvitees(ctx.source, request);
  const version = await api.serverVersion().catch(() => undefined);
  const server = {
    members: versionAtLeast(version, INVITE_UPDATES.members), invitations: versionAtLeast(version, INVITE_UPDATES.invitations),
    usersById: versionAtLeast(version, INVITE_UPDATES.usersById),
  };
  const review = buildReview(checks.values(), msg.accessLevel, msg.expiresAt, server);
  // A tick holds for what the person saw: if GitLab's state reads differently now, review again, send nothing.
  const now = new Map(review.items.map((i) => [i.key, i.text]));
  const stale = (msg.include ?? []).some((i) => now.get(i.key) !== i.text);
  if ((!msg.reviewed || stale) && review.items.length > 0) {
    env.log.info(`Invite to ${path}: ${review.items.length} recipient(s) already have access; asking first${stale ? ' (changed since the last review)' : ''}`);
    return { type: 'inviteReview', requestId: msg.requestId, items: review.items, ...(review.note ? { note: review.note } : {}) };
  }
  // The webview is not trusted: only what the review offers to include can be.
  const includable = new Set(review.items.filter((i) => i.canInclude).map((i) => i.key));
  const include = new Set((msg.include ?? []).map((i) => i.key).filter((k) => includable.has(k)));
  const keyOf = new Map([...checks.values()].map((c) => [recipientKey(c.recipient), reviewKey(c)]));
  env.log.info(`Inviting ${msg.emails.length} email(s) and ${msg.users.length} user(s) to ${path}${include.size ? `, ${include.size} of them on purpose although they have access` : ''}`);
  const outcomes = await api.invite(ctx.source, { ...request, checked: checks, sendExisting: (_s, key) => include.has(keyOf.get(key) ?? '') });
  const results = outcomes.map((o) => ({ recipient: o.recipient, kind: o.kind, status: o.status, text: outcomeText(o), ...(o.message ? { message: o.message } : {}) }));
  for (const r of results) env.log.info(`invite ${r.recipient} to ${path}: ${r.status} (${r.text})`);
  const explanation = explainRefusal(results, placeOf(ctx));
  if (explanation) env.log.warn(explanation);
  notify(env.log, summarizeInvite(results, path, explanation));
  if (results.some((r) => r.status === 'invited' || r.status === 'changed' || r.status === 'updated')) reachedMilestone('invited');
  // The caution about addresses GitLab would not match, for those it took: one may have been a member's.
  const taken = new Set(results.filter((r) => r.status === 'invited').map((r) => r.recipient.toLowerCase()));
  const note = server.members ? unmatchedNote([...checks.values()].filter((c) => c.unmatched && taken.has(c.recipient.name.toLowerCase())).map((c) => c.recipient.name)) : undefined;
  return { type: 'inviteResult', requestId: msg.requestId, results, ...(explanation ? { explanation } : {}), ...(note ? { note } : {}) };
}

/** Not awaited: the notification may stay until the person dismisses it. */
function notify(log: vscode.LogOutputChannel, summary: InviteSummary): void {
  const show = summary.severity === 'info' ? vscode.window.showInformationMessage
    : summary.severity === 'warning' ? vscode.window.showWarningMessage : vscode.window.showErrorMessage;
  const showLogs = showLogsButton();
  const buttons = summary.showLogs ? [showLogs] : [];
  void show(summary.text, ...buttons).then((choice) => {
    if (choice === showLogs) log.show();
  });
}

/** Why the request cannot be sent as it is; undefined when it can. */
function refusal(target: FormTarget, msg: InviteRequestMessage): string | undefined {
  if (msg.targetKey !== target.key) return l10n.t('The form now points at another group or project: check it and send again.');
  if (!target.roles.some((r) => r.level === msg.accessLevel && r.memberRoleId === msg.memberRoleId)) return l10n.t('That role cannot be given here: pick one from the list.');
  if (msg.emails.length + msg.users.length === 0) return l10n.t('Add at least one email address or user.');
  const expiry = checkExpiryInput(msg.expiresAt ?? '', new Date());
  return expiry.ok ? undefined : expiry.error;
}
