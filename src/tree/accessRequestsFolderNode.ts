/**
 * "Access requests" under a group or project whose members the caller manages (group Owner, project
 * Maintainer: those GitLab lets approve): who asked to join, oldest first. Shown only when anybody asked
 * (see `hasAny`), like GitLab's own tab.
 */
import * as l10n from '@vscode/l10n';
import type { CallerAccess } from '../domain/permissions';
import type { AccessRequest, Page } from '../gitlab/types';
import { AccessRequestNode } from './accessRequestNode';
import type { NodeContext, SourceNode } from './node';
import { PagedFolderNode, type LoadProgress } from './pagedFolder';

/** GitLab answers 403 when the caller may not approve here (a role that changed since the row was drawn). */
const NOT_AVAILABLE = new Set(['forbidden', 'not-found']);

export class AccessRequestsFolderNode extends PagedFolderNode<AccessRequestNode> {
  constructor(ctx: NodeContext, parent: SourceNode, access: CallerAccess) {
    super(ctx, parent, {
      kind: 'requests', label: l10n.t('Access requests'), icon: { id: 'inbox' }, what: l10n.t('access requests'),
      empty: l10n.t('Nobody has asked for access'), noMatch: (query) => l10n.t('No access requests match "{0}"', query),
      countsTotal: true, filterable: false,
    }, access);
  }

  /** Loads the first page; true when the folder has something to show (rows, more pages, or a real error). */
  hasAny(): Promise<boolean> {
    return this.firstPageHasAny(NOT_AVAILABLE);
  }

  protected async fetchPage(page: number, signal: AbortSignal): Promise<Page<AccessRequestNode>> {
    const result = await this.ctx.session.api.listAccessRequests({ kind: this.source.kind, id: this.source.id }, { page }, { signal });
    return { ...result, items: result.items.map((r) => this.node(r)) };
  }

  /** Requests are few: follow the pages one by one. */
  protected fetchAll(signal: AbortSignal, progress: LoadProgress): Promise<AccessRequestNode[]> {
    return this.fetchPageByPage(signal, progress);
  }

  private node(request: AccessRequest): AccessRequestNode {
    return new AccessRequestNode(this.ctx, this, request);
  }
}
