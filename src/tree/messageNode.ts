/**
 * A row that says something instead of data: an error ("Couldn't load members: …", click or inline Retry,
 * inline Show Logs) or an empty list ("No members").
 */
import { COMMAND_IDS } from '../commands/ids';
import { contextValue } from '../domain/contextValue';
import { userMessageOf } from '../domain/errors';
import type { CommandSpec, ItemSpec, LoadsMore, TreeNode } from './node';

export type MessageKind = 'error' | 'empty';

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

  /** `Couldn't load <what>: <userMessage>`; clicking it (or its inline Retry) runs `owner.loadMore()` again. */
  static loadError(owner: LoadsMore, what: string, err: unknown): MessageNode {
    return new MessageNode(owner, `error-${what}`, 'error', `Couldn't load ${what}: ${userMessageOf(err)}`, { retry: owner });
  }

  item(): ItemSpec {
    const error = this.kind === 'error';
    const retry = this.extra.retry;
    const command = this.extra.command
      ?? (retry ? { command: COMMAND_IDS.retry, title: 'Retry', arguments: [retry] } : undefined);
    const hint = retry ? 'Click to retry, or open the logs (inline buttons) for the requests.' : undefined;
    return {
      label: this.text,
      tooltip: error ? { title: this.text, lines: hint ? [{ label: 'Next', value: hint }] : [] } : undefined,
      icon: error ? { id: 'error', color: 'errorForeground' } : { id: 'info' },
      contextValue: contextValue('message', {
        [this.kind]: true, retry: retry !== undefined, ...(this.extra.flag ? { [this.extra.flag]: true } : {}),
      }),
      collapsible: 'none',
      command,
    };
  }
}
