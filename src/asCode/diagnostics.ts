/**
 * Problems of membership files in the Problems panel: checked when a `.gitlab-members.yml` is opened or saved
 * (and the ones already open when the extension starts), shortly after each edit, and cleared when it is closed.
 * Each problem keeps the line and column the schema check found. The parser is the lazily loaded as-code bundle.
 */
import * as vscode from 'vscode';
import { parseMembershipText } from './loader';
import { isMembershipFile, type ParseResult, type Problem } from './model';

/** Typing pauses this long before the file is checked again. */
const EDIT_DELAY_MS = 400;

export class MembershipDiagnostics implements vscode.Disposable {
  // l10n-ignore: the product name, naming the diagnostic collection
  private readonly collection = vscode.languages.createDiagnosticCollection('GitLab Members');
  private readonly subscriptions: vscode.Disposable[];
  private readonly pending = new Map<string, ReturnType<typeof setTimeout>>();

  constructor(private readonly log: vscode.LogOutputChannel) {
    this.subscriptions = [
      vscode.workspace.onDidOpenTextDocument((doc) => void this.checkQuietly(doc)),
      vscode.workspace.onDidSaveTextDocument((doc) => void this.checkQuietly(doc)),
      vscode.workspace.onDidChangeTextDocument(({ document }) => this.checkLater(document)),
      vscode.workspace.onDidCloseTextDocument((doc) => this.collection.delete(doc.uri)),
    ];
    for (const doc of vscode.workspace.textDocuments) void this.checkQuietly(doc);
  }

  /** Checks a membership file and shows its problems; undefined for other files. */
  async check(doc: vscode.TextDocument): Promise<ParseResult | undefined> {
    if (!isMembershipFile(doc.uri.path)) return undefined;
    const result = await parseMembershipText(doc.getText());
    this.collection.set(doc.uri, result.problems.map(toDiagnostic));
    return result;
  }

  dispose(): void {
    for (const timer of this.pending.values()) clearTimeout(timer);
    for (const s of this.subscriptions) s.dispose();
    this.collection.dispose();
  }

  private checkLater(doc: vscode.TextDocument): void {
    if (!isMembershipFile(doc.uri.path)) return;
    const key = doc.uri.toString();
    clearTimeout(this.pending.get(key));
    this.pending.set(key, setTimeout(() => {
      this.pending.delete(key);
      void this.checkQuietly(doc);
    }, EDIT_DELAY_MS));
  }

  private async checkQuietly(doc: vscode.TextDocument): Promise<void> {
    try {
      await this.check(doc);
    } catch (err) {
      this.log.warn(`checking ${doc.uri.fsPath}: ${String(err)}`);
    }
  }
}

function toDiagnostic(problem: Problem): vscode.Diagnostic {
  const r = problem.range;
  const diagnostic = new vscode.Diagnostic(
    new vscode.Range(r.startLine, r.startCol, r.endLine, r.endCol),
    problem.message,
    problem.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning,
  );
  diagnostic.source = 'gitlab-members';
  return diagnostic;
}
