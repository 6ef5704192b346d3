/**
 * A folder row over one paged list (Members, Invitations, Awaiting approval) under a group or project:
 * count and view state in the description, "Load more…" at the end, "Load all", a text filter (GitLab's
 * `query`), Refresh of just this folder.
 */
import type { MemberSort } from '../domain/memberSort';
import * as l10n from '@vscode/l10n';
import type { AccountSession } from '../accounts/sessions';
import { contextValue, type RowFlags } from '../domain/contextValue';
import { canManageMembers, permissionNote, type CallerAccess } from '../domain/permissions';
import { MAX_PER_PAGE, type ResumeFrom } from '../gitlab';
import type { LoadAllOptions } from '../gitlab/api';
import type { Page, Source } from '../gitlab/types';
import { countText, filterNote, folderDescription } from './folderText';
import { listRows } from './listRows';
import { LoadMoreNode } from './loadMoreNode';
import { MessageNode } from './messageNode';
import type { FolderKind, IconSpec, ItemSpec, LoadsMore, NodeContext, SourceNode, TooltipLine, TreeNode } from './node';
import { PagedList } from './pagedList';

/** A folder's view state set by the user: its filter, and for Members whether inherited rows show and the sort. */
export interface FolderViewState {
  readonly query?: string;
  readonly inherited?: boolean;
  readonly sort?: MemberSort;
}

export interface FolderSpec {
  readonly kind: FolderKind;
  readonly label: string;
  readonly icon: IconSpec;
  /** Plural noun for `Couldn't load <what>: …`. */
  readonly what: string;
  /** Row for a complete, empty list. */
  readonly empty: string;
  /** Row for a complete, empty list under a text filter: `No members match "ivan"`. */
  readonly noMatch: (query: string) => string;
  /** GitLab's total counts exactly these rows. */
  readonly countsTotal: boolean;
  /** GitLab can filter this list by text (`query`). */
  readonly filterable: boolean;
  /** Said instead of an error when GitLab answers 403 (the list is for those who manage members). */
  readonly forbidden?: string;
  /** Said instead of an error when GitLab answers 404 (the server has no such list: edition, version). */
  readonly notFound?: string;
}

export type LoadProgress = Pick<LoadAllOptions, 'onProgress' | 'onRateLimit'>;

export abstract class PagedFolderNode<N extends TreeNode> implements LoadsMore {
  readonly id: string;
  protected list: PagedList<N>;
  /** GitLab's `query` filter; undefined: none. */
  private filter: string | undefined;
  private retired = false;

  protected constructor(
    protected readonly ctx: NodeContext,
    readonly parent: SourceNode,
    readonly spec: FolderSpec,
    readonly access: CallerAccess,
  ) {
    this.id = `${parent.id}/${spec.kind}`;
    this.list = this.newList();
  }

  protected abstract fetchPage(page: number, signal: AbortSignal): Promise<Page<N>>;
  /** Every row with the concurrent pager. */
  protected abstract fetchAll(signal: AbortSignal, progress: LoadProgress): Promise<N[]>;

  get source(): Source {
    return this.parent.source;
  }

  get session(): AccountSession {
    return this.ctx.session;
  }

  /** The caller may manage members (and invitations) of this group or project. */
  get canManage(): boolean {
    return canManageMembers(this.source.kind, this.access);
  }

  get query(): string | undefined {
    return this.filter;
  }

  /** What the user set on this folder (its filter), to carry over when its row is rebuilt. */
  viewState(): FolderViewState {
    return { query: this.filter };
  }

  /** Takes over the view state of the folder this one replaces, before anything is loaded. */
  restoreView(state: FolderViewState): void {
    this.filter = state.query;
  }

  /** Sets (or with an empty text clears) the filter and loads again. */
  setQuery(query: string | undefined): void {
    this.filter = query?.trim() || undefined;
    this.reset();
  }

  item(): ItemSpec {
    const count = countText(this.list, this.spec.countsTotal);
    return {
      label: this.spec.label,
      description: this.description(),
      tooltip: { title: l10n.t({ message: '{0} of {1}', args: [this.spec.label, this.source.fullPath], comment: ['folder tooltip title: "Members of acme/platform"'] }), lines: this.tooltipLines(count) },
      icon: this.spec.icon,
      contextValue: contextValue(`${this.spec.kind === 'pending' ? 'awaiting' : this.spec.kind}Folder`, {
        canManage: this.canManage, partial: this.list.hasMore && this.list.items.length > 0, filtered: this.filter !== undefined,
        ...this.extraFlags(), readOnly: this.ctx.session.readOnly,
      }),
      collapsible: 'collapsed',
    };
  }

  async children(): Promise<TreeNode[]> {
    if (this.retired) return [];
    const before = this.description();
    await this.list.ensureStarted();
    if (this.retired) return [];
    // The count arrives with the first page: redraw the folder row itself once.
    if (this.description() !== before) this.ctx.changed(this);
    const unavailable = this.unavailable();
    if (unavailable !== undefined) return [new MessageNode(this, this.spec.kind, 'empty', unavailable)];
    const { rows, more } = listRows(this.list, this, this.spec.kind, this.spec.what, this.emptyText(), this.visibleRows());
    return more ? [...rows, new LoadMoreNode(this, true)] : rows;
  }

  /** Every row, following the pages one by one (lists without a concurrent pager, or under a filter). */
  protected async fetchPageByPage(signal: AbortSignal, progress: LoadProgress): Promise<N[]> {
    const rows: N[] = [];
    for (let page: number | null = 1; page !== null;) {
      const result = await this.fetchPage(page, signal);
      rows.push(...result.items);
      progress.onProgress?.(rows.length, this.spec.countsTotal ? result.total : null);
      page = result.nextPage !== null && result.nextPage > page ? result.nextPage : null;
    }
    return rows;
  }

  /**
   * Loads the first page; true when the folder has something to show: rows, more pages, or an error other than
   * `unavailable` ones (GitLab's way of saying the list is not for this caller, tier or version here).
   */
  protected async firstPageHasAny(unavailable: ReadonlySet<string>): Promise<boolean> {
    await this.list.ensureStarted();
    const kind = (this.list.error as { kind?: string } | undefined)?.kind;
    if (this.list.error !== undefined) return !unavailable.has(kind ?? '');
    return this.list.items.length > 0 || this.list.hasMore;
  }

  /** Loads the first page (a failure stays on the list, shown as a row), so the folder's row has its count. */
  firstPage(): Promise<void> {
    return this.list.ensureStarted();
  }

  loaded(): readonly TreeNode[] {
    return this.list.items;
  }

  get hasMore(): boolean {
    return this.list.hasMore;
  }

  loadMore(): Promise<void> {
    return this.list.loadMore();
  }

  /** Replaces the rows with every row (progress per page); throws on failure or cancellation. */
  loadAll(cancel: AbortSignal, progress: LoadProgress = {}): Promise<void> {
    return this.list.loadAll((signal) => this.fetchAll(signal, progress), cancel);
  }

  reset(): void {
    this.list.abort();
    this.list = this.newList();
  }

  retire(): void {
    this.retired = true;
    this.list.abort();
  }

  reload(): void {
    this.reset();
    const list = this.list;
    void list.ensureStarted().then(() => {
      if (this.list === list) this.ctx.changed(this);
    });
  }

  /**
   * The rows shown so far, for Load All to go on from instead of asking for them again: only when they were
   * asked a full GitLab page at a time (the pager's page size) and none failed.
   */
  protected resumeFrom<T>(rowOf: (node: N) => T): ResumeFrom<T> | undefined {
    const point = this.list.resumePoint();
    if (!point || point.last.perPage !== MAX_PER_PAGE) return undefined;
    return { rows: this.list.items.map(rowOf), pages: point.pages, last: point.last };
  }

  /** The folder's view-state flags beyond `filtered` (ROW_FLAGS in contextValue.ts). */
  protected extraFlags(): RowFlags<'membersFolder'> {
    return {};
  }

  /** View-state words for the description after the count. */
  protected notes(): string[] {
    return [filterNote(this.filter)].filter((s): s is string => s !== undefined);
  }

  protected visibleRows(): readonly TreeNode[] {
    return this.list.items;
  }

  protected tooltipLines(count: string | undefined): TooltipLine[] {
    const lines: TooltipLine[] = [{ label: l10n.t({ message: 'Loaded', comment: ['tooltip label: how many rows are loaded'] }), value: count ?? l10n.t('not yet') }];
    if (this.filter) lines.push({ label: l10n.t({ message: 'Filter', comment: ['tooltip label: the text filter'] }), value: l10n.t('GitLab\'s search for "{0}" (name, username or email)', this.filter) });
    lines.push({ label: l10n.t({ message: 'Managing', comment: ['tooltip label: whether the caller may manage these members'] }), value: permissionNote(this.source.kind, this.access) });
    return lines;
  }

  private description(): string | undefined {
    const kind = this.unavailable() === undefined ? undefined : (this.list.error as { kind?: string }).kind;
    if (kind === 'forbidden') return l10n.t('not visible to you');
    if (kind === 'not-found') return l10n.t('not on this server');
    return folderDescription(countText(this.list, this.spec.countsTotal), this.notes());
  }

  /** The folder's sentence when GitLab refused the list (403) or has none (404) and the folder has one for that. */
  private unavailable(): string | undefined {
    if (this.list.items.length > 0) return undefined;
    const kind = (this.list.error as { kind?: string } | undefined)?.kind;
    return kind === 'forbidden' ? this.spec.forbidden : kind === 'not-found' ? this.spec.notFound : undefined;
  }

  private emptyText(): string {
    return this.filter ? this.spec.noMatch(this.filter) : this.spec.empty;
  }

  private newList(): PagedList<N> {
    return new PagedList((page, signal) => this.fetchPage(page, signal), this.ctx.signal);
  }
}
