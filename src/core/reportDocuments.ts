/**
 * Read-only documents the extension writes for people to read: a membership plan, the per-item results of a
 * bulk action or of applying a plan. Served by a TextDocumentContentProvider under its own scheme, so VS Code
 * opens them read-only (no accidental edits, no "save?" prompt); each report gets its own address.
 */
import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';

export const REPORT_SCHEME = 'gitlab-members-report';

export interface ReportSpec {
  /** Shown as the tab title, e.g. `Plan .gitlab-members.yml`. */
  readonly title: string;
  readonly content: string;
  /** A language id for highlighting, e.g. `diff` or `markdown`. */
  readonly language?: string;
}

export class ReportDocuments implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly contents = new Map<string, string>();
  private readonly registration: vscode.Disposable;
  private next = 1;

  constructor() {
    this.registration = vscode.workspace.registerTextDocumentContentProvider(REPORT_SCHEME, this);
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.contents.get(uri.toString()) ?? l10n.t('This report is no longer available: run the command again.');
  }

  /** Opens the report in an editor next to the current one (or in the active group when it is the only one). */
  async show(report: ReportSpec): Promise<vscode.TextEditor> {
    const name = report.title.replace(/[\\/:*?"<>|#?%]+/g, '-');
    const uri = vscode.Uri.from({ scheme: REPORT_SCHEME, path: `/${name}`, query: String(this.next++) });
    this.contents.set(uri.toString(), report.content);
    const doc = await vscode.workspace.openTextDocument(uri);
    const typed = report.language ? await vscode.languages.setTextDocumentLanguage(doc, report.language) : doc;
    return vscode.window.showTextDocument(typed, { preview: false });
  }

  dispose(): void {
    this.registration.dispose();
    this.contents.clear();
  }
}
