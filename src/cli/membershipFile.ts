/**
 * Reading a membership file for the command line: the file's text, its digest (a saved plan belongs to one
 * version of the file), and its problems as `file:line:col: error: message` lines, the form editors and CI logs
 * link. A file with errors stops here: nothing is planned from a file GitLab could misread.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import type { MembershipFile, Problem } from '../asCode/model';
import { parseMembershipFile } from '../asCode/parseFile';
import { CliError, type CliIo } from './io';

export interface ReadFile {
  /** As the user wrote it, relative to the working directory. */
  readonly name: string;
  readonly file: MembershipFile;
  /** sha256 of the file's bytes. */
  readonly digest: string;
}

export function problemLine(name: string, p: Problem): string {
  return `${name}:${p.range.startLine + 1}:${p.range.startCol + 1}: ${p.severity}: ${p.message}`;
}

export async function readMembershipFile(io: CliIo, path: string | undefined): Promise<ReadFile> {
  if (!path) throw new CliError('Name the membership file, for example: gitlab-members plan .gitlab-members.yml');
  const full = resolve(io.cwd, path);
  const name = relative(io.cwd, full) || path;
  let text: string;
  try {
    text = await readFile(full, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new CliError(code === 'ENOENT' ? `${name}: no such file.` : `${name}: cannot be read (${code ?? (err as Error).message}).`);
  }
  const parsed = parseMembershipFile(text, io.now());
  for (const p of parsed.problems) io.note(problemLine(name, p));
  if (!parsed.file) {
    const errors = parsed.problems.filter((p) => p.severity === 'error').length;
    throw new CliError(`${name} has ${errors === 1 ? '1 problem' : `${errors} problems`} to fix first; nothing was asked of GitLab.`);
  }
  return { name, file: parsed.file, digest: createHash('sha256').update(text).digest('hex') };
}
