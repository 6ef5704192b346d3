/** A row that says something instead of data: an error ("Couldn't load members: …") or an empty list. */
import { userMessageOf } from '../domain/errors';
import { contextValue } from '../domain/permissions';
import type { CommandSpec, ItemSpec, TreeNode } from './node';

export type MessageKind = 'error' | 'empty';

export class MessageNode implements TreeNode {
  readonly id: string;

  constructor(
    readonly parent: TreeNode | undefined,
    /** Distinguishes several messages under one parent, e.g. `members`. */
    slug: string,
    readonly kind: MessageKind,
    readonly text: string,
    private readonly extra: { readonly flag?: string; readonly command?: CommandSpec } = {},
  ) {
    this.id = `${parent?.id ?? ''}/message:${slug}`;
  }

  /** `Couldn't load <what>: <userMessage>`. */
  static loadError(parent: TreeNode | undefined, what: string, err: unknown): MessageNode {
    return new MessageNode(parent, `error-${what}`, 'error', `Couldn't load ${what}: ${userMessageOf(err)}`);
  }

  item(): ItemSpec {
    const error = this.kind === 'error';
    return {
      label: this.text,
      tooltip: error ? { title: this.text, lines: [] } : undefined,
      icon: error ? { id: 'error', color: 'errorForeground' } : { id: 'info' },
      contextValue: contextValue('message', { [this.kind]: true, ...(this.extra.flag ? { [this.extra.flag]: true } : {}) }),
      collapsible: 'none',
      command: this.extra.command,
    };
  }
}
