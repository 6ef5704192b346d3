// Bundle and package sizes, from a production build and `vsce package` in a scratch copy of the project
// (so a concurrent dev build of dist/ cannot skew the figures).
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { atMost, type Figure } from './report';

const root = join(__dirname, '..', '..');
const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;
const PACKAGED = ['package.json', 'README.md', 'CHANGELOG.md', 'LICENSE', '.vscodeignore', 'media'];

export function sizes(): Figure[] {
  const dir = mkdtempSync(join(tmpdir(), 'glm-package-'));
  try {
    execFileSync(process.execPath, ['esbuild.mjs', '--production', '--outdir', join(dir, 'dist')], { cwd: root, stdio: 'inherit' });
    for (const name of PACKAGED) if (existsSync(join(root, name))) cpSync(join(root, name), join(dir, name), { recursive: true });
    const vsix = join(dir, 'gitlab-members.vsix');
    execFileSync(process.execPath, [join(root, 'node_modules/@vscode/vsce/vsce'), 'package', '--no-dependencies', '--allow-missing-repository',
      '--baseContentUrl', 'https://example.invalid/gitlab-members/', '--baseImagesUrl', 'https://example.invalid/gitlab-members/', '-o', vsix], {
      cwd: dir, stdio: ['ignore', 'ignore', 'inherit'],
    });
    const webview = join(dir, 'dist/webview/form.js');
    return [
      { name: 'extension bundle', value: kb(statSync(join(dir, 'dist/extension.js')).size), unit: 'KB', target: atMost(400) },
      ...(existsSync(webview) ? [{ name: 'webview bundle', value: kb(statSync(webview).size), unit: 'KB' }] : []),
      { name: 'packaged .vsix', value: kb(statSync(vsix).size), unit: 'KB', target: atMost(1024) },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
