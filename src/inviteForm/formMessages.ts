/**
 * Everything the webview can ask, answered in one exhaustive switch: a new message type in protocol.ts does not
 * compile until it is handled here. Messages arrive already validated (see inviteFormView.ts). Invite replies are
 * kept and replayed to a page that (re)loads still waiting for one (inviteReplies.ts).
 */
import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';
import { COMMAND_IDS } from '../core/ids';
import type { SourceContext } from '../sources/sourceContext';
import { unhandled, type FormTarget, type FromWebview, type ToWebview } from '../shared/protocol';
import { InviteReplies, type InviteReply } from './inviteReplies';
import { submitInvite, type SubmitEnv } from './inviteSubmit';
import { UserSearches } from './userSearch';

/** What the handler needs from the view: the current target and a way to answer. */
export interface FormHost {
  current(): { readonly ctx: SourceContext; readonly target: FormTarget } | undefined;
  post(message: ToWebview): void;
  /** The webview has loaded (again): send it what it needs to show. */
  ready(): void;
}

export class FormMessages {
  private readonly searches = new UserSearches();
  private readonly replies = new InviteReplies();

  constructor(private readonly env: SubmitEnv, private readonly host: FormHost) {}

  async handle(msg: FromWebview): Promise<void> {
    switch (msg.type) {
      case 'ready': {
        this.host.ready();
        const replay = this.replies.forReady(msg.pendingInvite);
        if (replay) this.host.post(replay);
        return;
      }
      case 'searchUsers':
        return this.search(msg.requestId, msg.query);
      case 'cancelSearch':
        return this.searches.cancel(msg.requestId);
      case 'invite': {
        this.replies.started(msg.requestId);
        const current = this.host.current();
        const reply: InviteReply = current
          ? await submitInvite(this.env, current.ctx, current.target, msg)
          : { type: 'inviteFailed', requestId: msg.requestId, error: l10n.t('Choose a group or project first.') };
        // Kept before posting: a hidden view drops the post, and its next page asks again (see inviteReplies.ts).
        this.replies.finished(reply);
        return this.host.post(reply);
      }
      case 'chooseTarget':
        await vscode.commands.executeCommand(COMMAND_IDS.inviteMembers);
        return;
      case 'showLogs':
        return this.env.log.show();
      case 'problem':
        return this.env.log.warn(`invite form: ${msg.text}`);
      default:
        return unhandled(msg);
    }
  }

  dispose(): void {
    this.searches.cancelAll();
  }

  private async search(requestId: number, query: string): Promise<void> {
    const current = this.host.current();
    if (!current) return this.host.post({ type: 'searchFailed', requestId, error: l10n.t('Choose a group or project first.') });
    const reply = await this.searches.run(current.ctx.session.api, requestId, query);
    if (reply) this.host.post(reply);
  }
}
