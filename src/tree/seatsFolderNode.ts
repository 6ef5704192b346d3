/**
 * "Seats" under a top-level group the caller owns: who takes a billable seat anywhere in its hierarchy, dormant
 * first (GitLab's `last_activity_on_asc`; never-active last), searchable, page by page. GitLab Enterprise
 * Edition lists them on every tier (GitLab.com included); Community Edition has no such list: the folder says so.
 */
import * as l10n from '@vscode/l10n';
import type { CallerAccess } from '../domain/permissions';
import type { Page } from '../gitlab/types';
import type { BillableMember } from '../gitlab/seats';
import type { NodeContext, SourceNode } from './node';
import { PagedFolderNode, type LoadProgress } from './pagedFolder';
import { SeatNode } from './seatNode';

export class SeatsFolderNode extends PagedFolderNode<SeatNode> {
  constructor(ctx: NodeContext, parent: SourceNode, access: CallerAccess) {
    super(ctx, parent, {
      kind: 'seats', label: l10n.t('Seats'), icon: { id: 'credit-card' }, what: l10n.t('seats'),
      empty: l10n.t('Nobody takes a seat'), noMatch: (query) => l10n.t('No seats match "{0}"', query),
      countsTotal: true, filterable: true,
      notFound: l10n.t('This server lists no seats: billable members are part of GitLab Enterprise Edition (GitLab.com, or a self-managed EE server), not Community Edition.'),
    }, access);
  }

  protected async fetchPage(page: number, signal: AbortSignal): Promise<Page<SeatNode>> {
    const result = await this.ctx.session.api.listBillableMembers(this.source.id, { page, search: this.query, sort: 'last_activity_on_asc' }, { signal });
    return { ...result, items: result.items.map((s) => this.node(s)) };
  }

  protected fetchAll(signal: AbortSignal, progress: LoadProgress): Promise<SeatNode[]> {
    return this.fetchPageByPage(signal, progress);
  }

  protected override notes(): string[] {
    return [...super.notes(), l10n.t('least active first')];
  }

  private node(seat: BillableMember): SeatNode {
    return new SeatNode(this.ctx, this, seat);
  }
}
