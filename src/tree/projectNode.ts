/** A project: its Members and Invitations folders. */
import { canManageMembers, contextValue, type CallerAccess } from '../domain/permissions';
import { roleName } from '../domain/roles';
import type { AccessLevel, Project } from '../gitlab/types';
import { resolveAccess } from './access';
import type { ItemSpec, NodeContext, TooltipLine, TreeNode } from './node';
import { sourceFolders } from './sourceFolders';

export class ProjectNode implements TreeNode {
  readonly id: string;
  private folders: TreeNode[] | undefined;

  constructor(
    private readonly ctx: NodeContext,
    readonly parent: TreeNode,
    readonly project: Project,
    /** The caller's role here; undefined when none or unknown. */
    readonly level: AccessLevel | undefined,
  ) {
    this.id = `${parent.id}/project:${project.id}`;
  }

  /** Resolves the caller's role first (an Owner above settles it without a request). */
  static async create(ctx: NodeContext, parent: TreeNode, project: Project, inheritedLevel: AccessLevel | undefined): Promise<ProjectNode> {
    const level = await resolveAccess(ctx.session.api, { kind: 'project', id: project.id }, inheritedLevel);
    return new ProjectNode(ctx, parent, project, level);
  }

  get access(): CallerAccess {
    return { level: this.level, readOnly: this.ctx.session.readOnly };
  }

  item(): ItemSpec {
    const p = this.project;
    const lines: TooltipLine[] = [
      { label: 'Path', value: p.fullPath },
      { label: 'Your role', value: this.level === undefined ? 'none or unknown' : roleName(this.level) },
    ];
    if (this.ctx.session.readOnly) lines.push({ label: 'Token', value: 'read-only (read_api)' });
    return {
      label: p.name,
      description: this.level === undefined ? undefined : roleName(this.level),
      tooltip: { title: p.fullName, lines },
      icon: { id: 'repo' },
      contextValue: contextValue('project', { canManage: canManageMembers('project', this.access) }),
      collapsible: 'collapsed',
    };
  }

  async children(): Promise<TreeNode[]> {
    this.folders ??= sourceFolders(this.ctx, this, this.project, this.access);
    return this.folders;
  }
}
