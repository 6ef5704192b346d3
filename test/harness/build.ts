// Tools, build, and an extensions dir holding our extension exactly as a user would get it (unpacked).
import { cp, mkdir, readdir, readFile, writeFile, access } from 'node:fs/promises';
import { join } from 'node:path';
import { codeServerBin, root } from './paths';
import { run } from './processes';

const exists = (p: string) => access(p).then(() => true, () => false);

/** Installs chromium + code-server if missing (idempotent; quick when already there). */
/** code-server, and Chromium unless `browser: false` (the demo, which the user opens in their own browser). */
export async function ensureTools(opts: { browser?: boolean } = {}): Promise<void> {
  if (process.env.GLM_SKIP_TOOLS === '1' && (await exists(codeServerBin))) return;
  const args = opts.browser === false ? ['--no-browser'] : [];
  await run('bash', [join(root, 'test/harness/install-tools.sh'), ...args], { stdio: ['ignore', 2, 2] });
}

/**
 * Builds dist/ with the project's own esbuild script (skipped when run-all.mjs already did). Tests use the
 * readable dev build; `GLM_BUILD_PRODUCTION=1` (the bench) builds the minified one users get.
 */
export async function buildExtension(): Promise<void> {
  if (process.env.GLM_SKIP_BUILD === '1' && (await exists(join(root, 'dist/extension.js')))) return;
  const production = process.env.GLM_BUILD_PRODUCTION === '1' ? ['--production'] : [];
  await run(process.execPath, [join(root, 'esbuild.mjs'), ...production], { cwd: root, stdio: ['ignore', 2, 2] });
}

export interface ExtensionManifest {
  name: string;
  publisher: string;
  version: string;
  [key: string]: unknown;
}

export async function readManifest(dir = root): Promise<ExtensionManifest> {
  return JSON.parse(await readFile(join(dir, 'package.json'), 'utf8')) as ExtensionManifest;
}

/** Copies the built extension to `<extensionsDir>/<publisher>.<name>-<version>/`, the layout VS Code loads. */
export async function installExtension(extensionsDir: string): Promise<string> {
  const manifest = await readManifest();
  if (!(await exists(join(root, 'dist/extension.js')))) {
    throw new Error('dist/extension.js is missing: the build did not produce the extension (does src/extension.ts exist?)');
  }
  const target = join(extensionsDir, `${manifest.publisher}.${manifest.name}-${manifest.version}`);
  await mkdir(target, { recursive: true });
  await writeFile(join(target, 'package.json'), JSON.stringify(manifest, null, 2));
  const nls = (await readdir(root)).filter((name) => /^package\.nls(\.[\w-]+)?\.json$/.test(name));
  for (const entry of ['dist', 'media', 'l10n', 'README.md', 'CHANGELOG.md', 'LICENSE', 'LICENSE.md', ...nls]) {
    if (await exists(join(root, entry))) await cp(join(root, entry), join(target, entry), { recursive: true });
  }
  return target;
}

/**
 * The same build installed as a web-only extension (the `browser` bundle, no `main`): VS Code then runs it in its
 * web worker extension host, as VS Code for the Web and GitLab's Web IDE do.
 */
export async function installWebExtension(extensionsDir: string): Promise<string> {
  if (!(await exists(join(root, 'dist/web/extension.js')))) throw new Error('dist/web/extension.js is missing: the build did not produce the web bundle');
  const target = await installExtension(extensionsDir);
  const manifest = await readManifest(target);
  delete manifest.main;
  manifest.browser = './dist/web/extension.js';
  await writeFile(join(target, 'package.json'), JSON.stringify(manifest, null, 2));
  return target;
}
