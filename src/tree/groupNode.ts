/** A group: its subgroups, its projects, "Load more…" when either has another page, then Members and Invitations. */
import { canManageMembers, contextValue, type CallerAccess } from '../domain/permissions';
import { roleName } from '../domain/roles';
import type { AccessLevel, Group } from '../gitlab/types';
import { resolveAccess } from './access';
import { listRows } from './listRows';
import { LoadMoreNode } from './loadMoreNode';
import type { ItemSpec, LoadsMore, NodeContext, TooltipLine, TreeNode } from './node';
import { mapPage, PagedList } from './pagedList';
import { ProjectNode } from './projectNode';
import { sourceFolders } from './sourceFolders';

export class GroupNode implements LoadsMore {
  readonly id: string;
  private readonly subgroups: PagedList<GroupNode>;
  private readonly projects: PagedList<ProjectNode>;
  private folders: TreeNode[] | undefined;

  constructor(
    private readonly ctx: NodeContext,
    readonly parent: TreeNode,
    readonly group: Group,
    /** The caller's role here; undefined when none or unknown. */
    readonly level: AccessLevel | undefined,
  ) {
    this.id = `${parent.id}/group:${group.id}`;
    const api = () => ctx.session.api;
    this.subgroups = new PagedList(async (page) =>
      mapPage(await api().listSubgroups(group.id, { page }), (g) => GroupNode.create(ctx, this, g, level)));
    this.projects = new PagedList(async (page) =>
      mapPage(await api().listGroupProjects(group.id, { page }), (p) => ProjectNode.create(ctx, this, p, level)));
  }

  /** Resolves the caller's role first (an Owner above settles it without a request). */
  static async create(ctx: NodeContext, parent: TreeNode, group: Group, inheritedLevel: AccessLevel | undefined): Promise<GroupNode> {
    const level = await resolveAccess(ctx.session.api, { kind: 'group', id: group.id }, inheritedLevel);
    return new GroupNode(ctx, parent, group, level);
  }

  get access(): CallerAccess {
    return { level: this.level, readOnly: this.ctx.session.readOnly };
  }

  item(): ItemSpec {
    const g = this.group;
    const lines: TooltipLine[] = [
      { label: 'Path', value: g.fullPath },
      { label: 'Your role', value: this.level === undefined ? 'none or unknown' : roleName(this.level) },
    ];
    if (this.ctx.session.readOnly) lines.push({ label: 'Token', value: 'read-only (read_api)' });
    return {
      label: g.name,
      description: this.level === undefined ? undefined : roleName(this.level),
      tooltip: { title: g.fullName, lines },
      icon: { id: 'organization' },
      contextValue: contextValue('group', { canManage: canManageMembers('group', this.access) }),
      collapsible: 'collapsed',
    };
  }

  async children(): Promise<TreeNode[]> {
    await Promise.all([this.subgroups.ensureStarted(), this.projects.ensureStarted()]);
    const groups = listRows(this.subgroups, this, 'subgroups');
    const projects = listRows(this.projects, this, 'projects');
    this.folders ??= sourceFolders(this.ctx, this, this.group, this.access);
    const more = groups.more || projects.more ? [new LoadMoreNode(this)] : [];
    return [...groups.rows, ...projects.rows, ...more, ...this.folders];
  }

  /** Next page of subgroups and of projects, whichever have one. */
  async loadMore(): Promise<void> {
    await Promise.all([this.subgroups, this.projects].filter((l) => l.hasMore).map((l) => l.loadMore()));
  }
}
