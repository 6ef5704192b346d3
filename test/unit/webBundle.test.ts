// The web worker bundle (issue 15): dist/web/extension.js is one file for VS Code for the Web with no Node
// module in it; a Node built-in imported anywhere fails the build, naming the file that imports it.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

const repo = join(__dirname, '..', '..');

test('the web bundle builds as one file that requires nothing but vscode', () => {
  const outdir = mkdtempSync(join(tmpdir(), 'glm-web-'));
  const built = spawnSync(process.execPath, ['esbuild.mjs', '--production', '--outdir', outdir, '--bundle', 'web/extension.js'], { cwd: repo, encoding: 'utf8' });
  assert.equal(built.status, 0, built.stderr);
  const code = readFileSync(join(outdir, 'web', 'extension.js'), 'utf8');
  assert.deepEqual([...new Set(code.match(/\brequire\(["'][^"']+["']\)/g))], ['require("vscode")']);
  assert.ok(!/AsyncLocalStorage|setMaxListeners|randomBytes|undici/.test(code), 'no Node-only API in the web bundle');
});

test('a Node built-in imported into the web bundle fails the build, naming the importer', async () => {
  const { webPlatform } = await import('../../scripts/esbuildPlugins.mjs');
  const esbuild = await import('esbuild');
  const dir = mkdtempSync(join(tmpdir(), 'glm-web-node-'));
  writeFileSync(join(dir, 'entry.ts'), "import { readFileSync } from 'node:fs';\nimport { EventEmitter } from 'events';\nexport const x = [readFileSync, EventEmitter];\n");
  await assert.rejects(
    esbuild.build({ entryPoints: [join(dir, 'entry.ts')], bundle: true, platform: 'browser', write: false, logLevel: 'silent', plugins: [webPlatform] }),
    (err: Error) => /the web bundle must not use Node's "node:fs" \(imported by .*entry\.ts\)/.test(err.message) && /"events"/.test(err.message),
  );
});
