// A minimal test runner for inside the extension host (no mocha: nothing to install). Each result becomes
// one node:test test on the outside (host.test.ts) or one line of output under @vscode/test-electron.

export interface HostTestResult {
  name: string;
  /** No skip status: what a test needs and cannot find is a failure, so a regression never hides as a skip. */
  status: 'pass' | 'fail';
  durationMs: number;
  error?: string;
}

export interface HostConfig {
  /** The GitLab emulator's URL, when the runner started one. */
  emulatorUrl?: string;
  /** The emulator's demo token (Demo Owner of group acme). */
  token?: string;
}

type TestBody = (config: HostConfig) => Promise<void> | void;
interface Registered {
  name: string;
  body: TestBody;
}

const registered: Registered[] = [];
let prefix = '';

/** Groups tests under a name ("secrets › round trip"). */
export function suite(name: string, define: () => void): void {
  const outer = prefix;
  prefix = outer ? `${outer} › ${name}` : name;
  try {
    define();
  } finally {
    prefix = outer;
  }
}

export function test(name: string, body: TestBody): void {
  registered.push({ name: prefix ? `${prefix} › ${name}` : name, body });
}

export async function runRegistered(config: HostConfig, perTestTimeoutMs = 30_000): Promise<HostTestResult[]> {
  const results: HostTestResult[] = [];
  for (const { name, body } of registered) {
    const started = Date.now();
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        Promise.resolve().then(() => body(config)),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error(`timed out after ${perTestTimeoutMs} ms`)), perTestTimeoutMs);
        }),
      ]);
      results.push({ name, status: 'pass', durationMs: Date.now() - started });
    } catch (error) {
      const e = error as Error;
      results.push({ name, status: 'fail', durationMs: Date.now() - started, error: e?.stack ?? String(error) });
    } finally {
      clearTimeout(timer);
    }
  }
  return results;
}
