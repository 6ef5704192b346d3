// What a marketplace or Open VSX listing shows, and what packaging needs from a fresh clone: the icon (a
// 128×128 PNG drawn from the activity-bar glyph), keywords, links the publisher fills in, banner, pricing,
// truthful capabilities, and vscode:prepublish building the production bundles before vsce runs.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { localizedManifest } from './support/manifest';

const repo = join(__dirname, '..', '..');
const pkg = localizedManifest(); // the English texts, %key% resolved through package.nls.json

/** Width and height from a PNG's IHDR chunk. */
function pngSize(path: string): { width: number; height: number } {
  const bytes = readFileSync(path);
  assert.equal(bytes.subarray(1, 4).toString('ascii'), 'PNG', `${path} is not a PNG`);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const shapes = (svg: string) => [...svg.matchAll(/<(circle|path)\b[^>]*\/>/g)].map((m) => m[0].replace(/\s+/g, ' '));

test('the icon is a 128×128 PNG drawn from the same shapes as the activity-bar icon', () => {
  assert.equal(pkg.icon, 'media/icon.png');
  assert.deepEqual(pngSize(join(repo, pkg.icon)), { width: 128, height: 128 });
  const glyph = shapes(readFileSync(join(repo, 'media/activity-bar.svg'), 'utf8'));
  assert.ok(glyph.length > 0);
  assert.deepEqual(shapes(readFileSync(join(repo, 'media/icon.svg'), 'utf8')), glyph);
  const ignore = readFileSync(join(repo, '.vscodeignore'), 'utf8');
  assert.match(ignore, /^!media\/icon\.png$/m, 'the icon is not packaged');
});

test('keywords, category, links, banner and pricing for the listing', () => {
  for (const word of ['gitlab', 'members', 'permissions', 'access', 'invite']) assert.ok(pkg.keywords.includes(word), `no keyword "${word}"`);
  assert.ok(pkg.keywords.length <= 30, 'vsce allows 30 keywords');
  assert.deepEqual(pkg.categories, ['Other']);
  assert.match(pkg.repository.url, /^https:\/\/.+\.git$/);
  assert.match(pkg.bugs.url, /^https:\/\//);
  assert.match(pkg.homepage, /^https:\/\//);
  assert.match(pkg.galleryBanner.color, /^#[0-9A-Fa-f]{6}$/);
  assert.ok(['dark', 'light'].includes(pkg.galleryBanner.theme));
  assert.equal(pkg.pricing, 'Free');
});

test('capabilities are declared, and an untrusted workspace cannot choose the instance or the CA file', () => {
  assert.equal(pkg.capabilities.virtualWorkspaces, true);
  const untrusted = pkg.capabilities.untrustedWorkspaces;
  assert.equal(untrusted.supported, 'limited');
  assert.ok(untrusted.description.length > 20);
  const settings = Object.keys(pkg.contributes.configuration.properties);
  assert.deepEqual([...untrusted.restrictedConfigurations].sort(), ['gitlabMembers.caCertificates', 'gitlabMembers.instanceUrl']);
  for (const name of untrusted.restrictedConfigurations) assert.ok(settings.includes(name), `${name} is not a setting`);
});

test('vsce builds first: vscode:prepublish runs the production build, and package names no missing repository', () => {
  assert.equal(pkg.scripts['vscode:prepublish'], 'npm run build');
  assert.match(pkg.scripts.build, /--production/);
  assert.doesNotMatch(pkg.scripts.package, /allow-missing-repository/);
});
