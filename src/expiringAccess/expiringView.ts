/**
 * The "Expiring Access" view: every membership and invitation of the signed-in accounts that expires within
 * `gitlabMembers.expiringWithinDays`, soonest first, loaded when the view is first shown and on Refresh (a new
 * load cancels the one running). Multi-select for extending several at once. Owned by activate().
 */
import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';
import type { AccountSession } from '../accounts/sessions';
import { VIEW_IDS } from '../core/ids';
import { userMessageOf } from '../domain/errors';
import { toTreeItem } from '../tree/toTreeItem';
import { collectExpiring } from './collectExpiring';
import { ExpiringNode } from './expiringNodes';
import { expiringSummary } from './expiringSummary';

export interface ExpiringEnv {
  readonly sessions: () => readonly AccountSession[];
  readonly withinDays: () => number;
  readonly warningDays: () => number;
  readonly concurrency: () => number;
  readonly log: vscode.LogOutputChannel;
}

export class ExpiringView implements vscode.TreeDataProvider<ExpiringNode>, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<ExpiringNode | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  private readonly view: vscode.TreeView<ExpiringNode>;
  private readonly subscriptions: vscode.Disposable[] = [];
  private nodes: ExpiringNode[] = [];
  private loading: { abort: AbortController; done: Promise<void> } | undefined;
  private loaded = false;

  constructor(private readonly env: ExpiringEnv) {
    this.view = vscode.window.createTreeView(VIEW_IDS.expiring, { treeDataProvider: this, canSelectMany: true });
    this.subscriptions.push(this.view.onDidChangeVisibility(({ visible }) => {
      if (visible && !this.loaded && !this.loading) void this.reload();
    }));
  }

  get selection(): readonly ExpiringNode[] {
    return this.view.selection;
  }

  get rows(): readonly ExpiringNode[] {
    return this.nodes;
  }

  /** Resolves when the rows are in: the load running now, else the last one; the first load if none ran yet. */
  whenLoaded(): Promise<void> {
    if (this.loading) return this.loading.done;
    return this.loaded ? Promise.resolve() : this.reload();
  }

  /** Loaded, or loading, at least once (the view has been shown): a changed setting should load it again. */
  get shown(): boolean {
    return this.loaded || this.loading !== undefined;
  }

  async reveal(): Promise<void> {
    await vscode.commands.executeCommand(`${VIEW_IDS.expiring}.focus`);
  }

  /** Loads everything again (cancelling a load in flight); resolves when the view shows the new rows. */
  reload(): Promise<void> {
    this.loading?.abort.abort();
    const abort = new AbortController();
    const done = Promise.resolve(vscode.window.withProgress({ location: { viewId: VIEW_IDS.expiring } }, () => this.load(abort.signal)))
      .finally(() => {
        if (this.loading?.abort === abort) this.loading = undefined;
      });
    this.loading = { abort, done };
    return done;
  }

  private async load(signal: AbortSignal): Promise<void> {
    const days = this.env.withinDays();
    const sessions = this.env.sessions();
    this.view.message = l10n.t('Looking for access expiring within {0} days…', days);
    const results = await Promise.all(sessions.map(async (session) => {
      try {
        return { session, result: await collectExpiring(session.api, { withinDays: days, now: new Date(), readOnly: session.readOnly, signal, concurrency: this.env.concurrency() }) };
      } catch (err) {
        return { session, error: userMessageOf(err) };
      }
    }));
    if (signal.aborted) return;
    const env = { now: new Date(), warningDays: this.env.warningDays(), showAccount: sessions.length > 1 };
    this.nodes = results.flatMap((r) => (r.result ? r.result.entries.map((e) => new ExpiringNode(r.session, e, env)) : []))
      .sort((a, b) => a.entry.expiresAt.localeCompare(b.entry.expiresAt));
    this.loaded = true;
    this.view.message = expiringSummary(days, results.map((r) => ({ ...r, username: r.session.account.username })));
    this.emitter.fire(undefined);
  }

  getTreeItem(node: ExpiringNode): vscode.TreeItem {
    return toTreeItem(node.id, node.item());
  }

  getChildren(node?: ExpiringNode): ExpiringNode[] {
    return node ? [] : this.nodes;
  }

  getParent(): undefined {
    return undefined;
  }

  dispose(): void {
    this.loading?.abort.abort();
    for (const s of this.subscriptions) s.dispose();
    this.view.dispose();
    this.emitter.dispose();
  }
}
