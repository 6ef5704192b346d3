/** A project: its Members and Invitations folders. */
import type { AccessLevel, Project } from '../gitlab/types';
import { askedRole, type CallerRole } from './callerRole';
import { retireAll, type ItemSpec, type NodeContext, type TreeNode } from './node';
import { sourceItem } from './sourceItem';
import { SourceRow } from './sourceRow';

export class ProjectNode extends SourceRow {
  readonly id: string;

  /** @param level the caller's role here as known (undefined: none or unknown); `create` asks GitLab. */
  constructor(
    ctx: NodeContext,
    parent: TreeNode,
    readonly project: Project,
    level: AccessLevel | undefined | CallerRole,
    /** Added with "Add group or project…". */
    readonly pinned = false,
  ) {
    super(ctx, parent, level);
    this.id = `${parent.id}/${pinned ? 'pin:' : ''}project:${project.id}`;
  }

  /** Shows at once with the role the parent passes down, and asks GitLab for the caller's own (see CallerRole). */
  static create(ctx: NodeContext, parent: TreeNode, project: Project, inheritedLevel: AccessLevel | undefined, pinned = false): ProjectNode {
    // GitLab's answer comes after this returns: `node` is set by then.
    const node: ProjectNode = new ProjectNode(ctx, parent, project, askedRole(ctx, { kind: 'project', id: project.id }, inheritedLevel, () => node.roleChanged()), pinned);
    return node;
  }

  get source(): Project {
    return this.project;
  }

  item(): ItemSpec {
    return sourceItem(this.project, this.access, this.pinned);
  }

  async children(): Promise<TreeNode[]> {
    if (!(await this.roleKnown())) return [];
    const rows = await this.ownFolders().rows();
    return this.retired ? [] : rows;
  }

  loaded(): readonly TreeNode[] {
    return this.folders?.all() ?? [];
  }

  protected forget(): void {
    retireAll(this.folders?.all() ?? []);
    this.folders = undefined;
  }
}
