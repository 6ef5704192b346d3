// The yaml library stays out of the main bundle: a production build puts membership-file parsing in
// dist/asCode.js, which works on its own, the extension only requires it by that name, and the .vsix keeps it.
// Test-only code stays out of the production bundle too.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import type { AsCodeModule } from '../../src/asCode/index';

const repo = join(__dirname, '..', '..');
const out = mkdtempSync(join(tmpdir(), 'glm-bundle-'));
after(() => rmSync(out, { recursive: true, force: true }));

test('a production build: yaml only in asCode.js, loaded by name from the extension bundle', () => {
  const build = spawnSync(process.execPath, ['esbuild.mjs', '--production', '--outdir', out], { cwd: repo, encoding: 'utf8' });
  assert.equal(build.status, 0, build.stderr);
  const extension = readFileSync(join(out, 'extension.js'), 'utf8');
  assert.ok(extension.includes('require("./asCode.js")'), 'the extension does not load ./asCode.js');
  assert.ok(!extension.includes('Map keys must be unique'), 'yaml ended up in the extension bundle');
  assert.ok(statSync(join(out, 'extension.js')).size < 400 * 1024, 'the extension bundle is over 400 KB');
  // Test-only code (src/testing/testApi.ts: a signed-in client handed to tests) is not in what users get.
  assert.ok(!extension.includes('gitlab-members-tests.host-tests'), 'the test-only exports are in the production bundle');  // (The dev build keeps them: the in-host suites fail without them.)
  const asCode = createRequire(join(out, 'x.js'))('./asCode.js') as AsCodeModule;
  const parsed = asCode.parseMembershipFile('groups:\n  acme:\n    members: [{ username: bob, role: guest }]\n', new Date());
  assert.deepEqual(parsed.problems, []);
  assert.equal(parsed.file?.sources[0].members[0].accessLevel, 10);
  // Its own copy of @vscode/l10n speaks the extension's language once handed the bundle (loader.ts does).
  asCode.useL10nBundle(JSON.parse(readFileSync(join(repo, 'l10n', 'bundle.l10n.de.json'), 'utf8')));
  const german = asCode.parseMembershipFile('groups:\n  acme:\n    members: [{ username: bob, role: boss }]\n', new Date());
  assert.match(german.problems.map((p) => p.message).join('\n'), /unbekannte Rolle „boss“/);
});

test('the packaged extension keeps dist/asCode.js', () => {
  const kept = readFileSync(join(repo, '.vscodeignore'), 'utf8').split('\n').map((l) => l.trim());
  assert.ok(kept.includes('!dist/asCode.js'), '.vscodeignore leaves dist/asCode.js out of the .vsix');
});
