// `npm start`, as the README gives it: it prints a workbench URL that answers and a token the emulator takes,
// Ctrl+C stops everything it started; `--gitlab <url>` starts the workbench for that instance instead, and a
// URL the extension would refuse is refused at once.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { freePort, freePorts, isPortFree } from '../harness/ports';

const root = join(__dirname, '..', '..');

interface Demo { readonly child: ChildProcess; output: () => string; exited: Promise<number | null> }

/**
 * `npm start -- …args` as its own process group (a terminal's Ctrl+C reaches the whole group). `viaNpm`: through
 * npm itself, as the README gives it (npm → sh → node), else the script directly.
 */
function startDemo(args: string[], viaNpm = false): Demo {
  const [cmd, cmdArgs] = viaNpm ? ['npm', ['start', '--', ...args]] : [process.execPath, ['--import', 'tsx', 'test/harness/demo.ts', ...args]];
  const child = spawn(cmd, cmdArgs, {
    cwd: root, detached: true, stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, GLM_SKIP_BUILD: '1', GLM_SKIP_TOOLS: '1' }, // the test run has built and installed them
  });
  let text = '';
  child.stdout?.on('data', (c: Buffer) => (text += c.toString()));
  child.stderr?.on('data', (c: Buffer) => (text += c.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output: () => text, exited };
}

async function waitForText(demo: Demo, pattern: RegExp, ms: number): Promise<RegExpMatchArray> {
  for (const deadline = Date.now() + ms; ; await new Promise((r) => setTimeout(r, 200))) {
    const m = pattern.exec(demo.output());
    if (m) return m;
    if (demo.child.exitCode !== null || Date.now() > deadline) throw new Error(`npm start never printed ${pattern}; it printed:\n${demo.output()}`);
  }
}

function ctrlC(demo: Demo): void {
  if (demo.child.pid && demo.child.exitCode === null) process.kill(-demo.child.pid, 'SIGINT');
}

/** Whatever happens in a test, nothing it started is left running. */
async function killGroup(demo: Demo): Promise<void> {
  if (demo.child.pid && demo.child.exitCode === null) {
    try { process.kill(-demo.child.pid, 'SIGKILL'); } catch { /* gone */ }
  }
  await demo.exited;
}

test('npm start: a working workbench URL and demo token; Ctrl+C stops everything', { timeout: 150_000 }, async () => {
  const [port, emulatorPort] = await freePorts(2); // two different ones
  const demo = startDemo(['--port', String(port), '--emulator-port', String(emulatorPort)]);
  try {
    const [, open] = await waitForText(demo, /Open:\s+(http:\/\/\S+)/, 120_000);
    const [, instance] = await waitForText(demo, /GitLab instance:\s+(http:\/\/127\.0\.0\.1:\d+)/, 5_000);
    const [, token] = await waitForText(demo, /Token to paste:\s+(\S+)/, 5_000);
    await waitForText(demo, /Ctrl\+C stops everything/, 5_000);
    assert.equal(new URL(open).port, String(port));

    const page = await fetch(open);
    assert.equal(page.status, 200, `the printed URL answers ${page.status}`);
    assert.match(await page.text(), /workbench/i, 'the printed URL is not a VS Code workbench');
    const me = await fetch(`${instance}/api/v4/user`, { headers: { 'PRIVATE-TOKEN': token } });
    assert.equal(me.status, 200, 'the emulator refuses the printed token');
    assert.equal(((await me.json()) as { username: string }).username, 'demo');

    ctrlC(demo);
    const code = await Promise.race([demo.exited, new Promise<'hung'>((r) => setTimeout(() => r('hung'), 30_000))]);
    assert.equal(code, 0, `npm start did not stop cleanly on Ctrl+C:\n${demo.output()}`);
    assert.match(demo.output(), /stopping \(SIGINT\)…/);
    assert.ok(await isPortFree(port), 'the workbench still listens after Ctrl+C');
    assert.ok(await isPortFree(emulatorPort), 'the emulator still listens after Ctrl+C');
  } finally {
    await killGroup(demo);
  }
});

// An IDE's or a process manager's stop signals npm alone, not its process group: npm and its shell end, and the
// demo (adopted by the system) must still stop everything it started and free its ports.
for (const signal of ['SIGTERM', 'SIGHUP'] as const) {
  test(`npm start stops everything when only the npm process gets ${signal}`, { timeout: 150_000 }, async () => {
    const [port, emulatorPort] = await freePorts(2); // two different ones
    const demo = startDemo(['--port', String(port), '--emulator-port', String(emulatorPort)], true);
    try {
      await waitForText(demo, /Ctrl\+C stops everything/, 120_000);
      assert.equal(await isPortFree(port), false, 'the workbench is not listening');
      process.kill(demo.child.pid as number, signal); // npm only, not its group
      await demo.exited;
      const deadline = Date.now() + 30_000;
      while (!((await isPortFree(port)) && (await isPortFree(emulatorPort))) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250));
      assert.ok(await isPortFree(port), `the workbench still listens after ${signal} to npm:\n${demo.output()}`);
      assert.ok(await isPortFree(emulatorPort), `the emulator still listens after ${signal} to npm`);
    } finally {
      await killGroup(demo);
    }
  });
}

test('npm start -- --gitlab: the workbench for that instance, no emulator; a plain-http URL is refused', { timeout: 150_000 }, async () => {
  const refused = startDemo(['--gitlab', 'http://gitlab.example.com']);
  try {
    assert.equal(await refused.exited, 1);
    assert.match(refused.output(), /--gitlab: Plain http:\/\/ is only allowed for this computer/);
  } finally {
    await killGroup(refused);
  }

  const port = await freePort();
  const demo = startDemo(['--port', String(port), '--gitlab', 'https://gitlab.example.com/']);
  try {
    await waitForText(demo, /Ctrl\+C stops everything/, 120_000);
    assert.match(demo.output(), /GitLab instance: https:\/\/gitlab\.example\.com\n/);
    assert.doesNotMatch(demo.output(), /emulator|Token to paste/);
    assert.equal((await fetch(`http://127.0.0.1:${port}/`)).status, 200);
    ctrlC(demo);
    assert.equal(await demo.exited, 0);
  } finally {
    await killGroup(demo);
  }
});
