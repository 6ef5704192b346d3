// Every process the harness starts runs in its own process group and is stopped by that group's id:
// on stop(), on normal exit, on SIGINT/SIGTERM, and, through a tiny detached "reaper" that notices
// our stdin pipe closing, even when this process is killed with SIGKILL. Temp dirs registered with
// removeOnExit() go the same way.
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { once } from 'node:events';
import { rmSync } from 'node:fs';

const groups = new Set<number>();
const tempDirs = new Set<string>();
let reaper: ChildProcess | undefined;

// Runs detached; reads "+pgid" / "-pgid" lines; when the pipe closes (we exited or died), kills what is left.
const reaperSource = `
const live = new Set(); const dirs = new Set();
process.on('SIGINT', () => {}); process.on('SIGTERM', () => {}); process.on('SIGHUP', () => {});
let buf = '';
process.stdin.on('data', (d) => {
  buf += d; let i;
  while ((i = buf.indexOf('\\n')) >= 0) {
    const line = buf.slice(0, i); buf = buf.slice(i + 1);
    const arg = line.slice(1);
    if (line[0] === '+') live.add(Number(arg)); else if (line[0] === '-') live.delete(Number(arg));
    else if (line[0] === 'D') dirs.add(arg); else if (line[0] === 'd') dirs.delete(arg);
  }
});
process.stdin.on('close', () => {
  for (const g of live) { try { process.kill(-g, 'SIGTERM'); } catch {} }
  setTimeout(() => {
    for (const g of live) { try { process.kill(-g, 'SIGKILL'); } catch {} }
    for (const d of dirs) { try { require('fs').rmSync(d, { recursive: true, force: true }); } catch {} }
    process.exit(0);
  }, 1500);
});`;

function tellReaper(line: string): void {
  if (!reaper) {
    reaper = spawn(process.execPath, ['-e', reaperSource], { detached: true, stdio: ['pipe', 'ignore', 'ignore'] });
    reaper.unref();
    (reaper.stdin as unknown as { unref?: () => void }).unref?.();
    reaper.stdin!.on('error', () => {});
  }
  reaper.stdin!.write(line + '\n');
}

function killGroupSync(pgid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pgid, signal);
  } catch {
    /* already gone */
  }
}

let hooked = false;
function hookExit(): void {
  if (hooked) return;
  hooked = true;
  process.on('exit', () => {
    for (const g of groups) killGroupSync(g, 'SIGKILL');
    for (const d of tempDirs) rmSync(d, { recursive: true, force: true });
  });
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(sig, () => {
      void stopAll().finally(() => process.exit(sig === 'SIGINT' ? 130 : 143));
    });
  }
}

export interface Managed {
  child: ChildProcess;
  pid: number;
  /** Resolves when the process exits; rejects never. */
  exited: Promise<number | null>;
  stop(): Promise<void>;
}

/** Spawns `cmd` in a new process group that the harness owns. */
export function startProcess(cmd: string, args: string[], options: SpawnOptions = {}): Managed {
  hookExit();
  const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], ...options, detached: true });
  if (child.pid === undefined) throw new Error(`could not start ${cmd}`);
  const pid = child.pid;
  return adopt(child, pid);
}

/** Puts an already-running process group (e.g. the browser) under the same guarantees. */
export function adopt(child: ChildProcess, pgid: number): Managed {
  hookExit();
  groups.add(pgid);
  tellReaper('+' + pgid);
  const exited = new Promise<number | null>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve(child.exitCode);
    else child.once('exit', (code) => resolve(code));
  });
  const stop = async (): Promise<void> => {
    if (!groups.has(pgid)) return;
    killGroupSync(pgid, 'SIGTERM');
    const timer = setTimeout(() => killGroupSync(pgid, 'SIGKILL'), 3000);
    await exited;
    clearTimeout(timer);
    // Children of the leader may linger in the group: make sure they are gone too.
    killGroupSync(pgid, 'SIGKILL');
    groups.delete(pgid);
    tellReaper('-' + pgid);
  };
  void exited.then(() => {
    // Leader gone on its own: still sweep its group once.
    if (groups.has(pgid)) void stop();
  });
  return { child, pid: pgid, exited, stop };
}

/** Removes `dir` when this process ends, however it ends (unless KEEP_TMP=1). */
export function removeOnExit(dir: string): () => void {
  if (process.env.KEEP_TMP === '1') return () => {};
  hookExit();
  tempDirs.add(dir);
  tellReaper('D' + dir);
  return () => {
    rmSync(dir, { recursive: true, force: true });
    tempDirs.delete(dir);
    tellReaper('d' + dir);
  };
}

/** Stops every process group the harness started and has not stopped yet. */
export async function stopAll(): Promise<void> {
  await Promise.all(
    [...groups].map(async (g) => {
      killGroupSync(g, 'SIGTERM');
      await new Promise((r) => setTimeout(r, 500));
      killGroupSync(g, 'SIGKILL');
      groups.delete(g);
      tellReaper('-' + g);
    }),
  );
}

/** Runs a command to completion (inherits output), throwing on a non-zero exit. */
export async function run(cmd: string, args: string[], options: SpawnOptions = {}): Promise<void> {
  const child = spawn(cmd, args, { stdio: 'inherit', ...options });
  const [code] = (await once(child, 'exit')) as [number | null];
  if (code !== 0) throw new Error(`${cmd} ${args.join(' ')} exited with ${code}`);
}
