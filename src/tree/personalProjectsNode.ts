/** "Personal projects": the caller's own projects, page by page. */
import * as l10n from '@vscode/l10n';
import { contextValue } from '../domain/contextValue';
import { AccessLevels } from '../gitlab/types';
import { listRows } from './listRows';
import { LoadMoreNode } from './loadMoreNode';
import { retireAll, type ItemSpec, type LoadsMore, type NodeContext, type TreeNode } from './node';
import { mapPage, PagedList } from './pagedList';
import { ProjectNode } from './projectNode';

export class PersonalProjectsNode implements LoadsMore {
  readonly id: string;
  private projects: PagedList<ProjectNode>;

  constructor(private readonly ctx: NodeContext, readonly parent: TreeNode) {
    this.id = `${parent.id}/personal`;
    this.projects = this.newList();
  }

  item(): ItemSpec {
    return {
      label: l10n.t('Personal projects'),
      icon: { id: 'home' },
      contextValue: contextValue('personalProjects'),
      collapsible: 'collapsed',
    };
  }

  async children(): Promise<TreeNode[]> {
    await this.projects.ensureStarted();
    const { rows, more } = listRows(this.projects, this, 'projects', l10n.t('projects'), l10n.t('No personal projects'));
    return more ? [...rows, new LoadMoreNode(this)] : rows;
  }

  loaded(): readonly TreeNode[] {
    return this.projects.items;
  }

  loadMore(): Promise<void> {
    return this.projects.loadMore();
  }

  reset(): void {
    this.projects.abort();
    retireAll(this.projects.items);
    this.projects = this.newList();
  }

  private newList(): PagedList<ProjectNode> {
    const username = this.ctx.session.account.username;
    return new PagedList(async (page, signal) => mapPage(await this.ctx.session.api.listOwnProjects({ page }, { signal }), (p) => {
      const inOwnNamespace = p.namespace.kind === 'user' && p.namespace.fullPath === username;
      return ProjectNode.create({ ...this.ctx, signal }, this, p, inOwnNamespace ? AccessLevels.Owner : undefined);
    }), this.ctx.signal);
  }
}
