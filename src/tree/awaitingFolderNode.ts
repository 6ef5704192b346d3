/**
 * "Awaiting approval" under a top-level group the caller owns: users and invitations waiting for an Owner's
 * approval. GitLab's `pending_members` lists approved invitations too; only `approved === false` rows show.
 * The group shows this folder only when there is any (see `hasAny`).
 */
import * as l10n from '@vscode/l10n';
import type { CallerAccess } from '../domain/permissions';
import type { Page, PendingMember } from '../gitlab/types';
import type { NodeContext, SourceNode } from './node';
import { PagedFolderNode, type LoadProgress } from './pagedFolder';
import { PendingMemberNode } from './pendingMemberNode';

/** GitLab answers 404 without the feature (Free, older versions) and 400/403 when the caller may not ask. */
const NOT_AVAILABLE = new Set(['not-found', 'bad-request', 'forbidden']);

export class AwaitingFolderNode extends PagedFolderNode<PendingMemberNode> {
  constructor(ctx: NodeContext, parent: SourceNode, access: CallerAccess) {
    super(ctx, parent, {
      kind: 'pending', label: l10n.t('Awaiting approval'), icon: { id: 'watch' }, what: l10n.t('members awaiting approval'),
      empty: l10n.t('Nobody is awaiting approval'), noMatch: (query) => l10n.t('No members awaiting approval match "{0}"', query),
      countsTotal: false, filterable: false,
    }, access);
  }

  /** Loads the first page; true when the folder has something to show (rows, more pages, or a real error). */
  hasAny(): Promise<boolean> {
    return this.firstPageHasAny(NOT_AVAILABLE);
  }

  protected async fetchPage(page: number, signal: AbortSignal): Promise<Page<PendingMemberNode>> {
    const result = await this.ctx.session.api.listPendingMembers(this.source.id, { page }, { signal });
    return { ...result, items: result.items.filter((p) => p.approved === false).map((p) => this.node(p)) };
  }

  /** There is no concurrent pager for pending members: follow the pages one by one. */
  protected fetchAll(signal: AbortSignal, progress: LoadProgress): Promise<PendingMemberNode[]> {
    return this.fetchPageByPage(signal, progress);
  }

  private node(pending: PendingMember): PendingMemberNode {
    return new PendingMemberNode(this.ctx, this, pending);
  }
}
