#!/usr/bin/env node
// The whole test run: tools + build, then ONE node:test run over unit, in-host and e2e tests (so node's own
// summary ends the output). `--only unit|host|e2e` narrows (repeatable / comma list).
// Every e2e flow runs in one process (test/e2e/support/everyFlow.ts), so the flows share one code-server and
// browser (test/harness/sharedWorkbench.ts); two files run at a time, so while that process works through the
// flows (node:test starts files in path order: test/e2e/ first), the in-host suite and the unit files run in the
// other slot. The flows never compete with each other for the CPU.
// Exit code is non-zero on any failure.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const only = new Set();
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--only') String(args[++i] ?? '').split(',').forEach((k) => only.add(k));
  else if (args[i].startsWith('--only=')) args[i].slice(7).split(',').forEach((k) => only.add(k));
  else if (args[i] === '--help') {
    console.log('usage: node test/run-all.mjs [--only unit|host|e2e] [extra node --test args]');
    process.exit(0);
  }
}
const kinds = { unit: 'test/unit', host: 'test/host', e2e: 'test/e2e' };
for (const kind of only) if (!(kind in kinds)) fail(`unknown --only "${kind}" (unit, host, e2e)`);
const selected = Object.keys(kinds).filter((k) => only.size === 0 || only.has(k));

/** *.test.ts under dir; recursive for unit tests, top level only for host/e2e (Node 20 has no fs glob). */
function testFiles(dir, recursive) {
  const abs = join(root, dir);
  if (!existsSync(abs)) return [];
  const out = [];
  for (const name of readdirSync(abs).sort()) {
    const path = join(abs, name);
    if (statSync(path).isDirectory()) {
      if (recursive && name !== 'node_modules' && name !== 'fixtures') out.push(...testFiles(join(dir, name), true));
    } else if (name.endsWith('.test.ts')) out.push(join(dir, name));
  }
  return out;
}

/** The files node:test gets for one kind (it sorts them by path). */
function filesFor(kind) {
  if (kind === 'e2e') return testFiles(kinds.e2e, false).length ? ['test/e2e/support/everyFlow.ts'] : [];
  return testFiles(kinds[kind], kind === 'unit');
}
const files = selected.flatMap(filesFor);
if (files.length === 0) fail(`no test files found for ${selected.join(', ')}`);

function step(title, cmd, cmdArgs, env = {}) {
  const started = Date.now();
  console.log(`▶ ${title}`);
  const result = spawnSync(cmd, cmdArgs, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) fail(`${title} failed (exit ${result.status ?? result.signal})`);
  console.log(`  ${title}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

function fail(message) {
  console.error(`run-all: ${message}`);
  process.exit(1);
}

const needsWorkbench = selected.some((k) => k !== 'unit');
if (needsWorkbench) step('install tools (chromium, code-server)', 'bash', ['test/harness/install-tools.sh']);
step('build the extension', process.execPath, ['esbuild.mjs']);

console.log(`▶ node --test: ${files.length} file(s) (${selected.join(', ')})`);
const extra = args.filter((a, i) => !(a === '--only' || args[i - 1] === '--only' || a.startsWith('--only=')));
const tapFile = join(root, '.test-results', 'tap.txt');
mkdirSync(dirname(tapFile), { recursive: true });
rmSync(tapFile, { force: true });
const result = spawnSync(
  process.execPath,
  [
    '--import', 'tsx', '--test', '--test-concurrency=2',
    '--test-reporter=spec', '--test-reporter-destination=stdout',
    '--test-reporter=tap', `--test-reporter-destination=${tapFile}`,
    ...extra, ...files,
  ],
  {
    cwd: root,
    stdio: 'inherit',
    // The harness skips its own install/build: done above, once.
    env: { ...process.env, GLM_SKIP_TOOLS: '1', GLM_SKIP_BUILD: '1' },
  },
);
// The last line is the plain count CI reads, taken from the TAP copy of the same run.
const tap = existsSync(tapFile) ? readFileSync(tapFile, 'utf8') : '';
const count = (name) => Number(new RegExp(`^# ${name} (\\d+)$`, 'm').exec(tap)?.[1] ?? NaN);
const [passed, failed, skipped, todo, cancelled] = ['pass', 'fail', 'skipped', 'todo', 'cancelled'].map(count);
if (Number.isNaN(passed) || Number.isNaN(failed)) {
  console.log('0 passed, 1 failed (the test run ended without a summary)');
  process.exit(1);
}
const notRun = (skipped || 0) + (todo || 0) + (cancelled || 0);
console.log(`${passed} passed, ${failed + (cancelled || 0)} failed${notRun ? `, ${notRun} skipped` : ''}`);
process.exit(result.status === 0 && failed === 0 && !cancelled ? 0 : 1);
