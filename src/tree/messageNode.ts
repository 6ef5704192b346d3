/**
 * A row that says something instead of data: an error ("Couldn't load members: …", click or inline Retry,
 * inline Show Logs) or an empty list ("No members").
 */
import * as l10n from '@vscode/l10n';
import { COMMAND_IDS } from '../core/ids';
import { contextValue } from '../domain/contextValue';
import { userMessageOf } from '../domain/errors';
import { isGitLabError } from '../gitlab/errors';
import type { CommandSpec, ItemSpec, LoadsMore, TreeNode } from './node';

export type MessageKind = 'error' | 'empty';

/** GitLab refused the token itself (401): expired, revoked or replaced since sign-in. */
const isTokenRefusal = (err: unknown): boolean => isGitLabError(err) && err.kind === 'unauthorized';

export class MessageNode implements TreeNode {
  readonly id: string;

  constructor(
    readonly parent: TreeNode | undefined,
    /** Distinguishes several messages under one parent, e.g. `members`. */
    slug: string,
    readonly kind: MessageKind,
    readonly text: string,
    private readonly extra: { readonly flag?: string; readonly command?: CommandSpec; readonly retry?: LoadsMore } = {},
  ) {
    this.id = `${parent?.id ?? ''}/message:${slug}`;
  }

  /**
   * `Couldn't load <what>: <userMessage>`; clicking it (or its inline Retry) runs `owner.loadMore()` again.
   * When GitLab refused the token (401: expired, revoked), retrying cannot help: clicking signs in again
   * to that instance instead (flag `tokenRefused`), and the inline Retry stays for after that.
   */
  static loadError(owner: LoadsMore, slug: string, what: string, err: unknown): MessageNode {
    const reason = userMessageOf(err);
    const text = l10n.t("Couldn't load {0}: {1}", what, reason);
    const instanceUrl = (owner as { session?: { account?: { instanceUrl?: string } } }).session?.account?.instanceUrl;
    if (isTokenRefusal(err) && instanceUrl) {
      const signIn = { command: COMMAND_IDS.signIn, title: l10n.t('Sign In Again'), arguments: [{ instanceUrl }] };
      const refused = l10n.t("Couldn't load {0}: {1} Click to sign in again.", what, reason);
      return new MessageNode(owner, `error-${slug}`, 'error', refused, { retry: owner, command: signIn, flag: 'tokenRefused' });
    }
    return new MessageNode(owner, `error-${slug}`, 'error', text, { retry: owner });
  }

  item(): ItemSpec {
    const error = this.kind === 'error';
    const retry = this.extra.retry;
    const command = this.extra.command
      ?? (retry ? { command: COMMAND_IDS.retry, title: l10n.t({ message: 'Retry', comment: ['command: load the failed list again'] }), arguments: [retry] } : undefined);
    const hint = this.extra.flag === 'tokenRefused' ? l10n.t('Click to sign in again with a new token.')
      : retry ? l10n.t('Click to retry, or open the logs (inline buttons) for the requests.') : undefined;
    return {
      label: this.text,
      tooltip: error ? { title: this.text, lines: hint ? [{ label: l10n.t({ message: 'Next', comment: ['tooltip label: what to do next'] }), value: hint }] : [] } : undefined,
      icon: error ? { id: 'error', color: 'errorForeground' } : { id: 'info' },
      contextValue: contextValue('message', {
        [this.kind]: true, retry: retry !== undefined, ...(this.extra.flag ? { [this.extra.flag]: true } : {}),
      }),
      collapsible: 'none',
      command,
    };
  }
}
