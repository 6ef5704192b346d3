/**
 * The groups and projects pinned to an account ("Add group or project…"), shown under it whatever their
 * parents. Built from what was stored at pin time; only the caller's role there is asked again.
 */
import { GroupNode } from './groupNode';
import { retireAll, type NodeContext, type SourceNode, type TreeNode } from './node';
import { ProjectNode } from './projectNode';

export class PinnedSources {
  private built: Promise<SourceNode[]> | undefined;
  private current: SourceNode[] = [];

  constructor(
    private readonly ctx: NodeContext,
    private readonly parent: TreeNode,
  ) {}

  nodes(): Promise<SourceNode[]> {
    this.built ??= Promise.all<SourceNode>(this.ctx.pins().map((source) => source.kind === 'group'
      ? GroupNode.create(this.ctx, this.parent, source, undefined, true)
      : ProjectNode.create(this.ctx, this.parent, source, undefined, true),
    )).then((nodes) => (this.current = nodes));
    return this.built;
  }

  loaded(): readonly SourceNode[] {
    return this.current;
  }

  reset(): void {
    retireAll(this.current);
    this.built = undefined;
    this.current = [];
  }
}
