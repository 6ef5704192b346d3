// The emulator in its own process for the bench, so its CPU does not compete with the client being measured
// (a real GitLab is another machine). Driven through its /__emulator/ controls.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { DEMO_TOKENS, type RequestLogEntry } from '../emulator/server';

export interface RemoteEmulator {
  readonly url: string;
  readonly token: string;
  control(method: 'GET' | 'POST', path: string, body?: unknown): Promise<unknown>;
  log(): Promise<RequestLogEntry[]>;
  maxInFlight(): Promise<number>;
  resetStats(): Promise<void>;
  close(): Promise<void>;
}

/** `args`: more of the emulator's options (test/emulator/cli.ts), e.g. `--large-org`. */
export async function startRemoteEmulator(latencyMs: number, args: readonly string[] = []): Promise<RemoteEmulator> {
  const root = join(__dirname, '..', '..');
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'test/emulator/cli.ts', '--port', '0', '--latency', String(latencyMs), ...args], {
    cwd: root, stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (m) resolve(m[1]);
    });
    child.once('exit', (code) => reject(new Error(`emulator exited (${code}) before it was ready`)));
  });
  const control = async (method: 'GET' | 'POST', path: string, body?: unknown) => {
    const response = await fetch(`${url}/__emulator${path}`, {
      method, headers: { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return response.status === 204 ? undefined : response.json();
  };
  return {
    url,
    token: DEMO_TOKENS.api,
    control,
    log: async () => (await control('GET', '/log')) as RequestLogEntry[],
    maxInFlight: async () => ((await control('GET', '/stats')) as { maxInFlight: number }).maxInFlight,
    resetStats: async () => void (await control('POST', '/reset-stats')),
    close: () => new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    }),
  };
}
