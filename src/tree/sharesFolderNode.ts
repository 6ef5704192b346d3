/**
 * "Groups" under a group or project (GitLab's Groups tab): the groups it is shared with, each with the role its
 * members get here and until when. One request (`shared_with_groups` of the group or project), shown only when it
 * is shared with any group the caller can read. Shares of ancestors reach here too; they are listed there.
 */
import * as l10n from '@vscode/l10n';
import type { CallerAccess } from '../domain/permissions';
import type { Page } from '../gitlab/types';
import { GroupShareNode } from './groupShareNode';
import type { NodeContext, SourceNode } from './node';
import { PagedFolderNode, type LoadProgress } from './pagedFolder';

const NOT_AVAILABLE = new Set(['forbidden', 'not-found']);

export class SharesFolderNode extends PagedFolderNode<GroupShareNode> {
  constructor(ctx: NodeContext, parent: SourceNode, access: CallerAccess) {
    super(ctx, parent, {
      kind: 'shares', label: l10n.t({ message: 'Groups', comment: ['folder: the groups a group or project is shared with (GitLab\'s Groups tab)'] }),
      icon: { id: 'organization' }, what: l10n.t('shared groups'),
      empty: l10n.t('Not shared with any group'), noMatch: (query) => l10n.t('No shared groups match "{0}"', query),
      countsTotal: true, filterable: false,
    }, access);
  }

  /** Loads the shares; true when there is any (or a real error to show). */
  hasAny(): Promise<boolean> {
    return this.firstPageHasAny(NOT_AVAILABLE);
  }

  protected async fetchPage(page: number, signal: AbortSignal): Promise<Page<GroupShareNode>> {
    const shares = page === 1 ? await this.ctx.session.api.listShares({ kind: this.source.kind, id: this.source.id }, { signal }) : [];
    const items = shares.map((share) => new GroupShareNode(this.ctx, this, share));
    return { items, page, perPage: Math.max(items.length, 1), nextPage: null, total: items.length, totalPages: 1 };
  }

  protected fetchAll(signal: AbortSignal, progress: LoadProgress): Promise<GroupShareNode[]> {
    return this.fetchPageByPage(signal, progress);
  }

  protected override tooltipLines(count: string | undefined): ReturnType<PagedFolderNode<GroupShareNode>['tooltipLines']> {
    return [
      ...super.tooltipLines(count),
      { label: l10n.t({ message: 'Changing', comment: ['tooltip label: how a share is changed'] }), value: l10n.t('GitLab\'s API cannot change a share\'s role or expiry: remove the share and invite the group again') },
    ];
  }
}
