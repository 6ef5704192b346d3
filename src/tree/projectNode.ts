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

  /** Settles the caller's role first (an Owner above settles it without a request), see CallerRole. */
  static async create(ctx: NodeContext, parent: TreeNode, project: Project, inheritedLevel: AccessLevel | undefined, pinned = false): Promise<ProjectNode> {
    // A later answer (after a Refresh) comes when `node` is set.
    const role = await askedRole(ctx, { kind: 'project', id: project.id }, inheritedLevel, () => node.roleChanged());
    const node: ProjectNode = new ProjectNode(ctx, parent, project, role, pinned);
    return node;
  }

  get source(): Project {
    return this.project;
  }

  item(): ItemSpec {
    return sourceItem(this.project, this.access, this.pinned);
  }

  async children(): Promise<TreeNode[]> {
    if (this.retired) return [];
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
