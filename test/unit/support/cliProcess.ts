// The command-line tool as CI runs it: built by esbuild.mjs into a folder of this test file's own (so a stale
// dist/ cannot stand in for it), run as a separate process, its exit code, stdout and stderr collected.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before } from 'node:test';

const repo = join(__dirname, '..', '..', '..');

export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Builds dist/cli.js's bundle before the file's tests; returns its path once built. */
export function useBuiltCli(): () => string {
  let path: string | undefined;
  before(() => {
    const outdir = mkdtempSync(join(tmpdir(), 'glm-cli-build-'));
    const built = spawnSync(process.execPath, ['esbuild.mjs', '--outdir', outdir, '--bundle', 'cli.js'], { cwd: repo, encoding: 'utf8' });
    if (built.status !== 0) throw new Error(`building the CLI failed: ${built.stderr}`);
    path = join(outdir, 'cli.js');
  });
  return () => {
    if (!path) throw new Error('CLI not built');
    return path;
  };
}

/** Runs a shell command line (`bash -c`), as a CI job's script line runs, without blocking this process (the emulator lives here). */
export function runShell(line: string, cwd: string, env: Record<string, string>): Promise<CliRun> {
  return collect(spawn('bash', ['-e', '-c', line], { cwd, env: { PATH: process.env.PATH ?? '', ...env } }));
}

export function runCli(cli: string, args: readonly string[], cwd: string, env: Record<string, string>): Promise<CliRun> {
  return collect(spawn(process.execPath, [cli, ...args], { cwd, env: { PATH: process.env.PATH ?? '', ...env } }));
}

function collect(child: ReturnType<typeof spawn>): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr?.on('data', (c: Buffer) => (stderr += c.toString()));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr }));
  });
}
