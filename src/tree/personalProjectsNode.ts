/** "Personal projects": the caller's own projects, page by page. */
import { contextValue } from '../domain/permissions';
import { AccessLevels } from '../gitlab/types';
import { listRows } from './listRows';
import { LoadMoreNode } from './loadMoreNode';
import type { ItemSpec, LoadsMore, NodeContext, TreeNode } from './node';
import { mapPage, PagedList } from './pagedList';
import { ProjectNode } from './projectNode';

export class PersonalProjectsNode implements LoadsMore {
  readonly id: string;
  private readonly projects: PagedList<ProjectNode>;

  constructor(ctx: NodeContext, readonly parent: TreeNode) {
    this.id = `${parent.id}/personal`;
    const username = ctx.session.account.username;
    this.projects = new PagedList(async (page) =>
      mapPage(await ctx.session.api.listOwnProjects({ page }), (p) => {
        const inOwnNamespace = p.namespace.kind === 'user' && p.namespace.fullPath === username;
        return ProjectNode.create(ctx, this, p, inOwnNamespace ? AccessLevels.Owner : undefined);
      }));
  }

  item(): ItemSpec {
    return {
      label: 'Personal projects',
      icon: { id: 'home' },
      contextValue: contextValue('personalProjects'),
      collapsible: 'collapsed',
    };
  }

  async children(): Promise<TreeNode[]> {
    await this.projects.ensureStarted();
    const { rows, more } = listRows(this.projects, this, 'projects', 'No personal projects');
    return more ? [...rows, new LoadMoreNode(this)] : rows;
  }

  loadMore(): Promise<void> {
    return this.projects.loadMore();
  }
}
