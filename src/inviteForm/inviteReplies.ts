/**
 * The form's sends as the extension sees them: which are still at GitLab, and the reply to the last one. The view
 * keeps no page while hidden (no retainContextWhenHidden), so a reply posted then is lost; the page that loads
 * again says which send it still waits for (`ready.pendingInvite`, kept in its draft) and gets the reply again
 * here. No vscode, so a test can drive it.
 */
import * as l10n from '@vscode/l10n';
import type { ToWebview } from '../shared/protocol';

export type InviteReply = Extract<ToWebview, { type: 'inviteResult' | 'inviteFailed' | 'inviteReview' }>;

/** A page waits for a send this extension host never saw finish or start (the window was reloaded meanwhile). */
export function lostReply(): string {
  return l10n.t("The window reloaded before GitLab's answer to this send arrived. Check the Invitations and Members of the group or project before sending again.");
}

export class InviteReplies {
  private readonly inflight = new Set<number>();
  private last: InviteReply | undefined;

  started(requestId: number): void {
    this.inflight.add(requestId);
  }

  finished(reply: InviteReply): void {
    this.inflight.delete(reply.requestId);
    this.last = reply;
  }

  /** What to post to a page that has just loaded waiting for `pending`; undefined: nothing (yet). */
  forReady(pending: number | undefined): InviteReply | undefined {
    if (pending === undefined) return undefined;
    if (this.last?.requestId === pending) return this.last;
    if (this.inflight.has(pending)) return undefined; // it is posted when GitLab answers
    return { type: 'inviteFailed', requestId: pending, error: lostReply() };
  }
}
