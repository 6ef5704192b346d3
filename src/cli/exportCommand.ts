/**
 * `gitlab-members export GROUP|PROJECT --format csv|md [--inherited] [--out FILE]`: every member of a group or
 * project (all pages), as the extension's export writes it. The path is looked up as a group first, then as a
 * project. Progress on stderr; the table on stdout or in `--out`.
 */
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { loadExportTable, renderExport, type ExportFormat } from '../export/loadExport';
import type { GitLabApi } from '../gitlab/api';
import { isGitLabError } from '../gitlab/errors';
import type { Source } from '../gitlab/types';
import { connect, instanceUrlOf } from './connect';
import { throttledNote } from './progress';
import { CliError, EXIT, type CliIo, type ExitCode } from './io';

export interface ExportArgs {
  readonly path?: string;
  readonly url?: string;
  readonly format?: string;
  readonly inherited?: boolean;
  readonly out?: string;
}

const FORMATS: Record<string, ExportFormat> = { csv: 'csv', md: 'markdown', markdown: 'markdown' };

export async function exportCommand(io: CliIo, args: ExportArgs, signal: AbortSignal): Promise<ExitCode> {
  if (!args.path) throw new CliError('Name the group or project, for example: gitlab-members export acme/platform --format csv');
  const format = FORMATS[args.format ?? 'csv'];
  if (!format) throw new CliError(`--format ${args.format}: use csv or md.`);
  const { api } = connect(io, instanceUrlOf(io, args.url));
  const source = await findSource(api, args.path.replace(/^\/+|\/+$/g, ''), signal);
  io.note(`Loading the members of ${source.fullPath}…`);
  const progress = throttledNote(io);
  const table = await loadExportTable(api, { source, inherited: !!args.inherited }, {
    signal,
    onProgress: (loaded, total) => progress(total === null ? `${loaded} members` : `${loaded} of ${total} members`),
  });
  const text = renderExport(table, { source, inherited: !!args.inherited, format }, io.now());
  if (args.out) {
    await writeFile(resolve(io.cwd, args.out), text);
    io.note(`${table.rows.length} members written to ${args.out}.`);
  } else {
    io.out(text.trimEnd());
  }
  return EXIT.ok;
}

async function findSource(api: GitLabApi, path: string, signal: AbortSignal): Promise<Source> {
  try {
    return await api.getGroup(path, { signal });
  } catch (err) {
    if (!isGitLabError(err) || err.kind !== 'not-found') throw err;
  }
  try {
    return await api.getProject(path, { signal });
  } catch (err) {
    if (isGitLabError(err) && err.kind === 'not-found') {
      throw new CliError(`No group or project ${path} that this token can see.`);
    }
    throw err;
  }
}
