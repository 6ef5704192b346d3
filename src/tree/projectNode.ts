/** A project: its Members and Invitations folders. */
import type { AccountSession } from '../accounts/sessions';
import type { CallerAccess } from '../domain/permissions';
import type { AccessLevel, Project } from '../gitlab/types';
import { askedRole, CallerRole } from './callerRole';
import { retireAll, type FolderKind, type ItemSpec, type NodeContext, type SourceNode, type TreeNode } from './node';
import { SourceFolders } from './sourceFolders';
import { sourceItem } from './sourceItem';

export class ProjectNode implements SourceNode {
  readonly id: string;
  private folders: SourceFolders | undefined;
  private readonly role: CallerRole;
  private retired = false;

  /** @param level the caller's role here as known (undefined: none or unknown); `create` asks GitLab. */
  constructor(
    private readonly ctx: NodeContext,
    readonly parent: TreeNode,
    readonly project: Project,
    level: AccessLevel | undefined | CallerRole,
    /** Added with "Add group or project…". */
    readonly pinned = false,
  ) {
    this.id = `${parent.id}/${pinned ? 'pin:' : ''}project:${project.id}`;
    this.role = level instanceof CallerRole ? level : new CallerRole(level);
  }

  /** Shows at once with the role the parent passes down, and asks GitLab for the caller's own (see CallerRole). */
  static create(ctx: NodeContext, parent: TreeNode, project: Project, inheritedLevel: AccessLevel | undefined, pinned = false): ProjectNode {
    // GitLab's answer comes after this returns: `node` is set by then.
    const node: ProjectNode = new ProjectNode(ctx, parent, project, askedRole(ctx, { kind: 'project', id: project.id }, inheritedLevel, () => node.roleChanged()), pinned);
    return node;
  }

  /** The caller's role here; undefined when none or unknown. */
  get level(): AccessLevel | undefined {
    return this.role.level;
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
    await this.role.ready();
    if (this.retired) return [];
    this.folders ??= new SourceFolders(this.ctx, this, this.access);
    const rows = await this.folders.rows();
    return this.retired ? [] : rows;
  }

  loaded(): readonly TreeNode[] {
    return this.folders?.all() ?? [];
  }

  folder(kind: FolderKind): TreeNode | undefined {
    return this.folders?.get(kind);
  }

  reset(): void {
    this.forget();
    this.role.ask();
  }

  /** GitLab says the caller's role here changed: the folders built with the old one go, and the row redraws. */
  private roleChanged(): void {
    this.forget();
    this.ctx.changed(this);
  }

  retire(): void {
    this.retired = true;
    this.forget();
  }

  private forget(): void {
    retireAll(this.folders?.all() ?? []);
    this.folders = undefined;
  }
}
