// Bundle and package sizes, from a production build and `vsce package` in a scratch copy of the project
// (so a concurrent dev build of dist/ cannot skew the figures); what goes into the package is read with
// `vsce ls` at the project root, so a gap in .vscodeignore shows.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { atMost, type Figure } from './report';

const root = join(__dirname, '..', '..');
const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;
const PACKAGED = ['package.json', 'package.nls.json', 'package.nls.de.json', 'l10n', 'README.md', 'CHANGELOG.md', 'LICENSE', '.vscodeignore', 'media'];

/** What `vsce ls` at the project root says the package holds: its own rules (.vscodeignore), not our copy's. */
function packagedFromRoot(): string[] {
  const out = execFileSync(process.execPath, [join(root, 'node_modules/@vscode/vsce/vsce'), 'ls', '--no-dependencies'], { cwd: root, encoding: 'utf8' });
  return out.split('\n').map((l) => l.trim()).filter(Boolean);
}

/** Files a user's .vsix must not carry: sources, tests, emulator data, dev dependencies, source maps. */
const STRAY = /^(src|test|webview|node_modules|\.tools|\.test-results|\.ci)\/|\.map$|\.ts$|^media\/screenshots\//;

export function sizes(): Figure[] {
  const listed = packagedFromRoot();
  const stray = listed.filter((f) => STRAY.test(f));
  if (stray.length) console.log(`packaged by .vscodeignore but should not be: ${stray.join(', ')}`);
  const dir = mkdtempSync(join(tmpdir(), 'glm-package-'));
  try {
    execFileSync(process.execPath, ['esbuild.mjs', '--production', '--outdir', join(dir, 'dist')], { cwd: root, stdio: 'inherit' });
    for (const name of PACKAGED) if (existsSync(join(root, name))) cpSync(join(root, name), join(dir, name), { recursive: true });
    // Built above already: the copy's vsce must not run vscode:prepublish (npm run build needs the sources).
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    delete manifest.scripts['vscode:prepublish'];
    writeFileSync(join(dir, 'package.json'), JSON.stringify(manifest, null, 2));
    const vsix = join(dir, 'gitlab-members.vsix');
    execFileSync(process.execPath, [join(root, 'node_modules/@vscode/vsce/vsce'), 'package', '--no-dependencies', '--allow-missing-repository',
      '--baseContentUrl', 'https://example.invalid/gitlab-members/', '--baseImagesUrl', 'https://example.invalid/gitlab-members/', '-o', vsix], {
      cwd: dir, stdio: ['ignore', 'ignore', 'inherit'],
    });
    const webview = join(dir, 'dist/webview/form.js');
    const web = join(dir, 'dist/web/extension.js');
    // Loaded on demand, not at activation: the 400 KB target is the activation bundle's.
    const onDemand = ['gitbeaker.js', 'undici.js', 'asCode.js'].filter((name) => existsSync(join(dir, 'dist', name)));
    const hostJs = ['extension.js', ...onDemand].reduce((sum, name) => sum + statSync(join(dir, 'dist', name)).size, 0);
    return [
      { name: 'extension bundle', value: kb(statSync(join(dir, 'dist/extension.js')).size), unit: 'KB', target: atMost(400) },
      ...onDemand.map((name) => ({ name: `on-demand bundle ${name}`, value: kb(statSync(join(dir, 'dist', name)).size), unit: 'KB' })),
      { name: 'all extension-host JavaScript shipped', value: kb(hostJs), unit: 'KB' },
      { name: 'web worker bundle (VS Code for the Web: everything inside)', value: kb(statSync(web).size), unit: 'KB', target: atMost(450) },
      ...(existsSync(webview) ? [{ name: 'webview bundle', value: kb(statSync(webview).size), unit: 'KB' }] : []),
      { name: 'packaged .vsix', value: kb(statSync(vsix).size), unit: 'KB', target: atMost(1024) },
      { name: 'files in the package (vsce ls at the project root)', value: listed.length, unit: 'files' },
      { name: 'sources, tests, emulator data, dev dependencies or maps among them', value: stray.length, unit: 'files', target: atMost(0) },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
