/**
 * "Members" under a group or project: direct members page by page, or with the toggle also the inherited
 * ones (`members/all`, each marked with where it comes from); sortable by name, role or expiry.
 */
import * as l10n from '@vscode/l10n';
import { sortLabel, sortMembers, type MemberSort } from '../domain/memberSort';
import type { RowFlags } from '../domain/contextValue';
import type { CallerAccess } from '../domain/permissions';
import type { Member, Page } from '../gitlab/types';
import { MemberNode } from './memberNode';
import type { NodeContext, SourceNode, TooltipLine, TreeNode } from './node';
import { PagedFolderNode, type FolderViewState, type LoadProgress } from './pagedFolder';
import { mapPage } from './pagedList';

export class MembersFolderNode extends PagedFolderNode<MemberNode> {
  private withInherited: boolean;
  private order: MemberSort | undefined;

  constructor(ctx: NodeContext, parent: SourceNode, access: CallerAccess) {
    super(ctx, parent, {
      kind: 'members', label: l10n.t({ message: 'Members', comment: ['folder of a group\'s or project\'s members'] }), icon: { id: 'person' },
      what: l10n.t('members'), empty: l10n.t('No members'), noMatch: (query) => l10n.t('No members match "{0}"', query),
      countsTotal: true, filterable: true,
    }, access);
    this.withInherited = ctx.showInherited();
  }

  override loaded(): readonly MemberNode[] {
    return this.list.items;
  }

  get inheritedShown(): boolean {
    return this.withInherited;
  }

  override viewState(): FolderViewState {
    return { ...super.viewState(), inherited: this.withInherited, sort: this.order };
  }

  override restoreView(state: FolderViewState): void {
    super.restoreView(state);
    if (state.inherited !== undefined) this.withInherited = state.inherited;
    this.order = state.sort;
  }

  /** Shows or hides inherited members; loads again. */
  setInherited(show: boolean): void {
    this.withInherited = show;
    this.reset();
  }

  get sort(): MemberSort | undefined {
    return this.order;
  }

  /** Sorts the loaded rows (GitLab's members API cannot sort); undefined: GitLab's order. */
  setSort(sort: MemberSort | undefined): void {
    this.order = sort;
  }

  protected async fetchPage(page: number, signal: AbortSignal): Promise<Page<MemberNode>> {
    const result = await this.ctx.session.api.listMembers(this.source, { page, ...this.request() }, { signal });
    return mapPage(result, (member) => this.node(member));
  }

  protected async fetchAll(signal: AbortSignal, progress: LoadProgress): Promise<MemberNode[]> {
    const all = await this.ctx.session.api.allMembers(this.source, this.request(), { signal, ...progress, resume: this.resumeFrom((n) => n.member) });
    return all.map((member) => this.node(member));
  }

  protected override extraFlags(): RowFlags<'membersFolder'> {
    return { inheritedShown: this.withInherited, sorted: this.order !== undefined };
  }

  protected override notes(): string[] {
    const notes = super.notes();
    if (this.withInherited) notes.push(l10n.t({ message: 'with inherited', comment: ['folder note: inherited members are shown too'] }));
    if (this.order) notes.push(l10n.t({ message: 'by {0}', args: [sortLabel(this.order)], comment: ['folder note: sorted by name, role or expiry'] }));
    return notes;
  }

  protected override visibleRows(): readonly TreeNode[] {
    return this.order ? sortMembers(this.list.items, this.order, (n) => n.member) : this.list.items;
  }

  protected override tooltipLines(count: string | undefined): TooltipLine[] {
    const lines = super.tooltipLines(count);
    lines.splice(1, 0, { label: l10n.t({ message: 'Shows', comment: ['tooltip label: which members the folder lists'] }), value: this.withInherited ? l10n.t('direct and inherited members') : l10n.t('direct members only') });
    if (this.order) lines.splice(2, 0, { label: l10n.t({ message: 'Sorted', comment: ['tooltip label: the order of the rows'] }), value: l10n.t('by {0}, among the loaded rows (Load all to sort everything)', sortLabel(this.order)) });
    return lines;
  }

  /** The tree's rows say which share an inherited member comes from. */
  private request(): { inherited: boolean; whichShare?: boolean; query?: string } {
    return { inherited: this.withInherited, ...(this.withInherited ? { whichShare: true } : {}), ...(this.query ? { query: this.query } : {}) };
  }

  private node(member: Member): MemberNode {
    return new MemberNode(this.ctx, this, member);
  }
}
