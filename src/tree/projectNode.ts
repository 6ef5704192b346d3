/** A project: its Members and Invitations folders. */
import type { AccountSession } from '../accounts/sessions';
import type { CallerAccess } from '../domain/permissions';
import type { AccessLevel, Project } from '../gitlab/types';
import { resolveAccess } from './access';
import type { FolderKind, ItemSpec, NodeContext, SourceNode, TreeNode } from './node';
import { SourceFolders } from './sourceFolders';
import { sourceItem } from './sourceItem';

export class ProjectNode implements SourceNode {
  readonly id: string;
  private folders: SourceFolders | undefined;

  constructor(
    private readonly ctx: NodeContext,
    readonly parent: TreeNode,
    readonly project: Project,
    /** The caller's role here; undefined when none or unknown. */
    readonly level: AccessLevel | undefined,
    /** Added with "Add group or project…". */
    readonly pinned = false,
  ) {
    this.id = `${parent.id}/${pinned ? 'pin:' : ''}project:${project.id}`;
  }

  /** Resolves the caller's role first (an Owner above settles it without a request). */
  static async create(ctx: NodeContext, parent: TreeNode, project: Project, inheritedLevel: AccessLevel | undefined, pinned = false): Promise<ProjectNode> {
    const level = await resolveAccess(ctx.session.api, { kind: 'project', id: project.id }, inheritedLevel, ctx.signal);
    return new ProjectNode(ctx, parent, project, level, pinned);
  }

  get source(): Project {
    return this.project;
  }

  get session(): AccountSession {
    return this.ctx.session;
  }

  get access(): CallerAccess {
    return { level: this.level, readOnly: this.ctx.session.readOnly };
  }

  item(): ItemSpec {
    return sourceItem(this.project, this.access, this.pinned);
  }

  async children(): Promise<TreeNode[]> {
    this.folders ??= new SourceFolders(this.ctx, this, this.access);
    return this.folders.rows();
  }

  loaded(): readonly TreeNode[] {
    return this.folders?.all() ?? [];
  }

  folder(kind: FolderKind): TreeNode | undefined {
    return this.folders?.get(kind);
  }

  reset(): void {
    for (const folder of this.folders?.all() ?? []) folder.reset?.();
    this.folders = undefined;
  }
}
