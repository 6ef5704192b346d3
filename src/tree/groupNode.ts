/**
 * A group: its subgroups, its projects, "Load more…" when either has another page, then its folders
 * (Members, Invitations, and "Awaiting approval" on a top-level group when anybody is).
 */
import * as l10n from '@vscode/l10n';
import type { AccessLevel, Group } from '../gitlab/types';
import { askedRole, type CallerRole } from './callerRole';
import { listRows } from './listRows';
import { LoadMoreNode } from './loadMoreNode';
import { retireAll, type ItemSpec, type LoadsMore, type NodeContext, type TreeNode } from './node';
import { mapPage, PagedList } from './pagedList';
import { ProjectNode } from './projectNode';
import { sourceItem } from './sourceItem';
import { SourceRow } from './sourceRow';

export class GroupNode extends SourceRow implements LoadsMore {
  readonly id: string;
  private subgroups: PagedList<GroupNode>;
  private projects: PagedList<ProjectNode>;

  /** @param level the caller's role here as known (undefined: none or unknown); `create` asks GitLab. */
  constructor(
    ctx: NodeContext,
    parent: TreeNode,
    readonly group: Group,
    level: AccessLevel | undefined | CallerRole,
    /** Added with "Add group or project…" (shown under the account, whatever its parents). */
    readonly pinned = false,
  ) {
    super(ctx, parent, level);
    this.id = `${parent.id}/${pinned ? 'pin:' : ''}group:${group.id}`;
    this.subgroups = this.newSubgroups();
    this.projects = this.newProjects();
  }

  /** Settles the caller's role first (an Owner above settles it without a request), see CallerRole. */
  static async create(ctx: NodeContext, parent: TreeNode, group: Group, inheritedLevel: AccessLevel | undefined, pinned = false): Promise<GroupNode> {
    // A later answer (after a Refresh) comes when `node` is set.
    const role = await askedRole(ctx, { kind: 'group', id: group.id }, inheritedLevel, () => node.roleChanged());
    const node: GroupNode = new GroupNode(ctx, parent, group, role, pinned);
    return node;
  }

  get source(): Group {
    return this.group;
  }

  item(): ItemSpec {
    return sourceItem(this.group, this.access, this.pinned);
  }

  async children(): Promise<TreeNode[]> {
    if (this.retired) return [];
    const [, , folders] = await Promise.all([this.subgroups.ensureStarted(), this.projects.ensureStarted(), this.ownFolders().rows()]);
    if (this.retired) return [];
    const groups = listRows(this.subgroups, this, 'subgroups', l10n.t('subgroups'));
    const projects = listRows(this.projects, this, 'projects', l10n.t('projects'));
    const more = groups.more || projects.more ? [new LoadMoreNode(this)] : [];
    return [...groups.rows, ...projects.rows, ...more, ...folders];
  }

  loaded(): readonly TreeNode[] {
    return [...this.subgroups.items, ...this.projects.items, ...(this.folders?.all() ?? [])];
  }

  /** Next page of subgroups and of projects, whichever have one (or retries the one that failed). */
  async loadMore(): Promise<void> {
    await Promise.all([this.subgroups, this.projects].filter((l) => l.hasMore).map((l) => l.loadMore()));
  }

  protected forget(): void {
    this.subgroups.abort();
    this.projects.abort();
    retireAll([...this.subgroups.items, ...this.projects.items, ...(this.folders?.all() ?? [])]);
    this.subgroups = this.newSubgroups();
    this.projects = this.newProjects();
    this.folders = undefined;
  }

  private newSubgroups(): PagedList<GroupNode> {
    return new PagedList(async (page, signal) => mapPage(
      await this.ctx.session.api.listSubgroups(this.group.id, { page }, { signal }),
      // Children load under this list's signal: aborting it (refresh) stops their loads too.
      (g) => GroupNode.create({ ...this.ctx, signal }, this, g, this.level),
    ), this.ctx.signal);
  }

  private newProjects(): PagedList<ProjectNode> {
    return new PagedList(async (page, signal) => mapPage(
      await this.ctx.session.api.listGroupProjects(this.group.id, { page }, { signal }),
      (p) => ProjectNode.create({ ...this.ctx, signal }, this, p, this.level),
    ), this.ctx.signal);
  }
}
