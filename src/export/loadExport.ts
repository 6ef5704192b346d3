/**
 * Loads what an export contains: every member of a group or project (all pages, fetched concurrently by the API
 * layer's pager, with progress), optionally with the inherited ones, as a table. Pure over the API layer.
 */
import type { GitLabApi, LoadAllOptions } from '../gitlab/api';
import type { Source } from '../gitlab/types';
import { exportTable, type ExportTable } from './exportRows';
import { toCsv, toMarkdown } from './render';

export type ExportFormat = 'csv' | 'markdown';

export interface ExportRequest {
  readonly source: Source;
  readonly inherited: boolean;
  readonly format: ExportFormat;
}

export async function loadExportTable(api: GitLabApi, req: Omit<ExportRequest, 'format'>, opts: LoadAllOptions = {}): Promise<ExportTable> {
  const members = await api.allMembers(req.source, { inherited: req.inherited }, opts);
  return exportTable(req.source, members, req.inherited);
}

export function renderExport(table: ExportTable, req: ExportRequest, now: Date): string {
  return req.format === 'csv' ? toCsv(table) : toMarkdown(table, { webUrl: req.source.webUrl, exportedAt: now.toISOString() });
}

/** `acme-platform-members.csv` */
export function exportFileName(req: ExportRequest): string {
  const base = req.source.fullPath.replace(/[^A-Za-z0-9._-]+/g, '-');
  return `${base}-${req.inherited ? 'all-members' : 'members'}.${req.format === 'csv' ? 'csv' : 'md'}`;
}
