/**
 * The "Find Access" view: the results of the last search, people first, their places below. Its message line
 * says what was searched, how far the search is, and what could not be searched. Owned by activate().
 */
import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';
import type { AccountSession } from '../accounts/sessions';
import { VIEW_IDS } from '../core/ids';
import { toTreeItem } from '../tree/toTreeItem';
import { peopleOf, searchSummary } from './accessResults';
import { ListedPlaceNode } from './listedPlaceNode';
import { PersonNode, type AccessNode } from './accessNodes';
import type { AccessSearchResult } from './searchAccess';
import { scanProgressText, type ScanProgress } from '../sources/scanSources';

export class AccessView implements vscode.TreeDataProvider<AccessNode>, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<AccessNode | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  private readonly view: vscode.TreeView<AccessNode>;
  private people: PersonNode[] = [];

  constructor() {
    this.view = vscode.window.createTreeView(VIEW_IDS.access, { treeDataProvider: this, showCollapseAll: true });
  }

  /** Brings the view into sight (it starts collapsed). */
  async reveal(): Promise<void> {
    await vscode.commands.executeCommand(`${VIEW_IDS.access}.focus`);
  }

  /** Empties the view for a new search. */
  searching(query: string): void {
    this.people = [];
    this.view.message = l10n.t('Searching for "{0}"…', query);
    this.emitter.fire(undefined);
  }

  progress(query: string, scan: ScanProgress): void {
    this.view.message = l10n.t('Searching for "{0}": {1}…', query, scanProgressText(scan));
  }

  cancelled(query: string): void {
    this.view.message = l10n.t('The search for "{0}" was cancelled.', query);
  }

  show(session: AccountSession, result: AccessSearchResult, now: Date): void {
    this.people = peopleOf(result).map((person) => new PersonNode(session, person, now));
    this.view.message = searchSummary(result, this.people.length);
    this.view.description = `@${session.account.username}`;
    this.emitter.fire(undefined);
  }

  /** The people found by the last search (for tests and the README picture). */
  get results(): readonly PersonNode[] {
    return this.people;
  }

  getTreeItem(node: AccessNode): vscode.TreeItem {
    return toTreeItem(node.id, node.item());
  }

  /** A memberships-list row is read when VS Code asks (hover, open): then it shows its path and offers its actions. */
  async resolveTreeItem(item: vscode.TreeItem, node: AccessNode, token: vscode.CancellationToken): Promise<vscode.TreeItem> {
    if (!(node instanceof ListedPlaceNode) || node.source) return item;
    const abort = new AbortController();
    const subscription = token.onCancellationRequested(() => abort.abort());
    try {
      await node.resolve(abort.signal);
    } finally {
      subscription.dispose();
    }
    // Cancelled before the answer: nothing to show. Read anyway (the answer came first): redraw, or the row would
    // stay unread, since a later hover finds the place read and returns the item it is given.
    if (token.isCancellationRequested && !node.source) return item;
    this.emitter.fire(node);
    return toTreeItem(node.id, node.item());
  }

  getChildren(node?: AccessNode): AccessNode[] {
    if (!node) return this.people;
    return node instanceof PersonNode ? node.children : [];
  }

  getParent(node: AccessNode): AccessNode | undefined {
    return node.parent;
  }

  dispose(): void {
    this.view.dispose();
    this.emitter.dispose();
  }
}
