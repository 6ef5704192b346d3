/**
 * The invite form: a webview view under the tree. It follows what the tree selects and what "Invite Members…"
 * asks for; messages from the webview are validated before anything else sees them. The token never goes there:
 * the webview only ever receives the protocol's messages.
 */
import * as vscode from 'vscode';
import { VIEW_IDS } from '../core/ids';
import type { SourceContext } from '../sources/sourceContext';
import type { FormTarget, ToWebview } from '../shared/protocol';
import { receiveFormMessage } from './formInbox';
import { FormMessages, type FormHost } from './formMessages';
import { formHtml, localRoots } from './formHtml';
import { buildFormTarget } from './formTarget';

export interface InviteForm {
  /** Points the form at a group or project and reveals it. */
  show(ctx: SourceContext): Promise<void>;
  /** Points the form at a group or project without revealing it (the tree's selection). */
  follow(ctx: SourceContext): Promise<void>;
}

export interface InviteFormEnv {
  readonly extensionUri: vscode.Uri;
  readonly log: vscode.LogOutputChannel;
  readonly refresh: (ctx: SourceContext) => void;
  /** Where the form pointed last (a reloaded window opens it there again). */
  readonly lastTarget?: { remember(ctx: SourceContext): void; restore(): Promise<SourceContext | undefined> };
}

export class InviteFormView implements vscode.WebviewViewProvider, InviteForm, FormHost, vscode.Disposable {
  private view: vscode.WebviewView | undefined;
  private state: { readonly ctx: SourceContext; readonly target: FormTarget } | undefined;
  private pendingTarget = 0;
  /** The webview's script has said `ready` since it was (re)loaded. */
  private loaded = false;
  /** "Invite Members…" asked for the keyboard in the recipients box. */
  private focusWanted = false;
  private readonly messages: FormMessages;

  constructor(private readonly env: InviteFormEnv) {
    this.messages = new FormMessages({ log: env.log, viewId: VIEW_IDS.inviteForm, refresh: env.refresh }, this);
  }

  resolveWebviewView(view: vscode.WebviewView): void {
    this.view = view;
    this.loaded = false;
    view.webview.options = { enableScripts: true, enableForms: false, localResourceRoots: localRoots(this.env.extensionUri) };
    view.webview.html = formHtml(view.webview, this.env.extensionUri);
    view.webview.onDidReceiveMessage((raw: unknown) => this.receive(raw));
    if (this.pendingTarget === 0) this.restoreTarget().catch((err: unknown) => this.env.log.warn(`invite form: ${String(err)}`));
    // Hidden, the webview's page is dropped (no retainContextWhenHidden): it says `ready` again when shown, and
    // gets the answer to a send it still waits for (formMessages.ts).
    view.onDidChangeVisibility(() => {
      if (!view.visible) this.loaded = false;
    });
    view.onDidDispose(() => {
      this.view = undefined;
      this.messages.dispose();
    });
  }

  async show(ctx: SourceContext): Promise<void> {
    await this.follow(ctx);
    this.focusWanted = true;
    await vscode.commands.executeCommand(`${VIEW_IDS.inviteForm}.focus`);
    this.view?.show(false);
    if (this.loaded) this.ready();
  }

  async follow(ctx: SourceContext): Promise<void> {
    const mine = ++this.pendingTarget;
    const target = await buildFormTarget(ctx, new Date());
    if (mine !== this.pendingTarget) return; // a newer selection won
    this.state = { ctx, target };
    this.env.lastTarget?.remember(ctx);
    this.postTarget();
  }

  /** After a reload: the last target again, unless the tree or a command has pointed the form since. */
  private async restoreTarget(): Promise<void> {
    const ctx = await this.env.lastTarget?.restore();
    if (ctx && this.pendingTarget === 0) await this.follow(ctx);
  }

  current(): { readonly ctx: SourceContext; readonly target: FormTarget } | undefined {
    return this.state;
  }

  post(message: ToWebview): void {
    void this.view?.webview.postMessage(message);
  }

  ready(): void {
    this.loaded = true;
    this.postTarget();
    if (this.focusWanted) this.post({ type: 'focusRecipients' });
    this.focusWanted = false;
  }

  private postTarget(): void {
    this.post({ type: 'target', target: this.state?.target ?? null });
  }

  dispose(): void {
    this.messages.dispose();
  }

  private receive(raw: unknown): void {
    void receiveFormMessage(raw, this.env.log, (message) => this.messages.handle(message));
  }
}
