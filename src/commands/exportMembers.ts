/**
 * gitlabMembers.exportMembers: a group's or project's members (direct only, or with inherited ones and where
 * they come from) as CSV or Markdown, into a new editor or a file. Every page is loaded concurrently with
 * progress and Cancel, so a 12,500-member group takes seconds.
 */
import { thousands } from '../domain/counts';
import * as vscode from 'vscode';
import type { ExportTable } from '../export/exportRows';
import type { GitLabApi } from '../gitlab/api';
import { exportFileName, loadExportTable, renderExport, type ExportFormat, type ExportRequest } from '../export/loadExport';
import { isGitLabError } from '../gitlab/errors';
import type { CommandDeps } from './deps';
import { resolveSource } from './pickers/resolve';
import { withRowProgress } from './rowProgress';

const TITLE = 'Export Members';

interface Destination {
  readonly format: ExportFormat;
  readonly toFile: boolean;
}

export async function exportMembers(deps: CommandDeps, node?: unknown): Promise<void> {
  const ctx = await resolveSource(deps, node, TITLE);
  if (!ctx) return;
  const path = ctx.source.fullPath;
  const which = await vscode.window.showQuickPick([
    { label: 'Direct members', detail: `Members of ${path} itself`, inherited: false },
    { label: 'Direct and inherited members', detail: 'Also members of the parent groups, each with the group it comes from', inherited: true },
  ], { title: `${TITLE}: ${path}`, placeHolder: 'Which members?', ignoreFocusOut: true });
  if (!which) return;
  const where = await vscode.window.showQuickPick<vscode.QuickPickItem & Destination>([
    { label: 'CSV in a new editor', format: 'csv', toFile: false },
    { label: 'Markdown in a new editor', format: 'markdown', toFile: false },
    { label: 'CSV file…', format: 'csv', toFile: true },
    { label: 'Markdown file…', format: 'markdown', toFile: true },
  ], { title: `${TITLE}: ${path}`, placeHolder: 'Format and destination', ignoreFocusOut: true });
  if (!where) return;
  const req: ExportRequest = { source: ctx.source, inherited: which.inherited, format: where.format };
  const target = where.toFile ? await askFile(req) : undefined;
  if (where.toFile && !target) return;
  const table = await load(ctx.session.api, req);
  if (!table) return;
  const text = renderExport(table, req, new Date());
  deps.log.info(`Exported ${thousands(table.rows.length)} members of ${path} as ${req.format}`);
  if (!target) return openUnsaved(req, text, table.rows.length);
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));
  const open = await vscode.window.showInformationMessage(`Exported ${thousands(table.rows.length)} members of ${path} to ${vscode.workspace.asRelativePath(target)}.`, 'Open');
  if (open) await vscode.window.showTextDocument(target);
}

/**
 * A new, unsaved editor named as the file would be (`big-org-members.csv`, not its first line), with its
 * language set, and a notification saying what it holds. Exporting the same again replaces its text.
 */
async function openUnsaved(req: ExportRequest, text: string, rows: number): Promise<void> {
  const name = exportFileName(req);
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const uri = folder ? vscode.Uri.joinPath(folder, name).with({ scheme: 'untitled' }) : vscode.Uri.from({ scheme: 'untitled', path: name });
  const doc = await vscode.workspace.openTextDocument(uri);
  const edit = new vscode.WorkspaceEdit();
  edit.replace(uri, new vscode.Range(0, 0, doc.lineCount, 0), text);
  await vscode.workspace.applyEdit(edit);
  const language = req.format === 'markdown' ? 'markdown' : (await vscode.languages.getLanguages()).includes('csv') ? 'csv' : 'plaintext';
  await vscode.window.showTextDocument(await vscode.languages.setTextDocumentLanguage(doc, language), { preview: false });
  void vscode.window.showInformationMessage(`Exported ${thousands(rows)} members of ${req.source.fullPath} into ${name}, not saved yet (Save As… to keep it).`);
}

async function askFile(req: ExportRequest): Promise<vscode.Uri | undefined> {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const name = exportFileName(req);
  return vscode.window.showSaveDialog({
    title: `${TITLE}: save as`,
    defaultUri: folder ? vscode.Uri.joinPath(folder, name) : undefined,
    filters: req.format === 'csv' ? { CSV: ['csv'] } : { Markdown: ['md'] },
  });
}

/** The table, or undefined when cancelled. */
async function load(api: GitLabApi, req: ExportRequest): Promise<ExportTable | undefined> {
  try {
    return await withRowProgress(`Exporting the members of ${req.source.fullPath}`, (opts) => loadExportTable(api, req, opts));
  } catch (err) {
    if (isGitLabError(err) && err.kind === 'cancelled') return undefined;
    throw err;
  }
}
