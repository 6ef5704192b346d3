/**
 * gitlabMembers.exportMembers: a group's or project's members (direct only, or with inherited ones and where
 * they come from) as CSV or Markdown, into a new editor or a file. Every page is loaded concurrently with
 * progress and Cancel, so a 12,500-member group takes seconds.
 */
import * as l10n from '@vscode/l10n';
import { thousands } from '../domain/counts';
import * as vscode from 'vscode';
import type { ExportTable } from '../export/exportRows';
import type { GitLabApi } from '../gitlab/api';
import { exportFileName, loadExportTable, renderExport, type ExportFormat, type ExportRequest } from '../export/loadExport';
import { isGitLabError } from '../gitlab/errors';
import type { CommandDeps } from './support/deps';
import { resolveSource } from './pickers/resolve';
import { withRowProgress } from './support/rowProgress';

const title = () => l10n.t('Export Members');

interface Destination {
  readonly format: ExportFormat;
  readonly toFile: boolean;
}

export async function exportMembers(deps: CommandDeps, node?: unknown): Promise<void> {
  const ctx = await resolveSource(deps, node, title());
  if (!ctx) return;
  const path = ctx.source.fullPath;
  const which = await vscode.window.showQuickPick([
    { label: l10n.t('Direct members'), detail: l10n.t('Members of {0} itself', path), inherited: false },
    { label: l10n.t('Direct and inherited members'), detail: l10n.t('Also members of the parent groups, each with the group it comes from'), inherited: true },
  ], { title: l10n.t('Export Members: {0}', path), placeHolder: l10n.t('Which members?'), ignoreFocusOut: true });
  if (!which) return;
  const where = await vscode.window.showQuickPick<vscode.QuickPickItem & Destination>([
    { label: l10n.t('CSV in a new editor'), format: 'csv', toFile: false },
    { label: l10n.t('Markdown in a new editor'), format: 'markdown', toFile: false },
    { label: l10n.t('CSV file…'), format: 'csv', toFile: true },
    { label: l10n.t('Markdown file…'), format: 'markdown', toFile: true },
  ], { title: l10n.t('Export Members: {0}', path), placeHolder: l10n.t('Format and destination'), ignoreFocusOut: true });
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
  const open = await vscode.window.showInformationMessage(
    l10n.t('Exported {0} members of {1} to {2}.', thousands(table.rows.length), path, vscode.workspace.asRelativePath(target)),
    l10n.t({ message: 'Open', comment: ['button that opens the exported file'] }),
  );
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
  void vscode.window.showInformationMessage(l10n.t('Exported {0} members of {1} into {2}, not saved yet (Save As… to keep it).', thousands(rows), req.source.fullPath, name));
}

async function askFile(req: ExportRequest): Promise<vscode.Uri | undefined> {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const name = exportFileName(req);
  return vscode.window.showSaveDialog({
    title: l10n.t('Export Members: save as'),
    defaultUri: folder ? vscode.Uri.joinPath(folder, name) : undefined,
    filters: req.format === 'csv' ? { CSV: ['csv'] } : { Markdown: ['md'] },
  });
}

/** The table, or undefined when cancelled. */
async function load(api: GitLabApi, req: ExportRequest): Promise<ExportTable | undefined> {
  try {
    return await withRowProgress(l10n.t('Exporting the members of {0}', req.source.fullPath), (opts) => loadExportTable(api, req, opts));
  } catch (err) {
    if (isGitLabError(err) && err.kind === 'cancelled') return undefined;
    throw err;
  }
}
