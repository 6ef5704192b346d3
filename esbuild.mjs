// The bundles: the extension (Node, CommonJS, `vscode` external), the libraries it loads on demand, and the
// invite form's webview (browser).
import * as esbuild from 'esbuild';
import { accessSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUNDLE_ALIASES, l10nOnce, loadOnDemand, vscodeOnce, webPlatform } from './scripts/esbuildPlugins.mjs';

const root = dirname(fileURLToPath(import.meta.url));

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const outdirFlag = process.argv.indexOf('--outdir');
const outdir = outdirFlag > 0 ? resolve(process.argv[outdirFlag + 1]) : resolve(root, 'dist');
// `--bundle cli.js`: build that bundle alone, named by its file under the output folder (tests build the CLI and
// the web bundle into folders of their own).
const bundleFlag = process.argv.indexOf('--bundle');
const onlyBundle = bundleFlag > 0 ? resolve(outdir, process.argv[bundleFlag + 1]) : undefined;

/** A CommonJS bundle for Node of one entry file. */
const nodeBundle = (entry, outfile, extra = {}) => ({
  absWorkingDir: root,
  entryPoints: [entry],
  outfile: `${outdir}/${outfile}`,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  minify: production,
  logLevel: 'warning',
  ...extra,
});

/** @type {import('esbuild').BuildOptions[]} */
const builds = [
  nodeBundle('src/extension.ts', 'extension.js', {
    external: ['vscode'],
    // Test-only exports (src/testing/) exist in the dev build the tests load, never in the production build.
    define: { INCLUDE_TEST_API: production ? 'false' : 'true' },
    // When the bundle starts and ends evaluating: src/core/activationTime.ts reports activation with them.
    banner: { js: 'var __glmLoadStart = typeof performance === "object" ? performance.now() : undefined;' },
    footer: { js: 'var __glmLoadEnd = typeof performance === "object" ? performance.now() : undefined;' },
    plugins: [vscodeOnce, l10nOnce, loadOnDemand],
    sourcemap: true,
    sourcesContent: false,
  }),
  nodeBundle('src/gitlab/unbundled/gitbeakerResources.ts', 'gitbeaker.js', {
    // gitbeaker's own client-side rate limiter, and qs, are replaced (see the files for why).
    alias: BUNDLE_ALIASES,
  }),
  nodeBundle('src/gitlab/unbundled/undici.cjs', 'undici.js', { logLevel: 'error' }),
  nodeBundle('src/asCode/index.ts', 'asCode.js', { external: ['vscode'], plugins: [vscodeOnce, l10nOnce, loadOnDemand], sourcemap: true, sourcesContent: false }),
  // VS Code for the Web: one file, everything inside (no bundles loaded on demand), `fetch` only.
  {
    absWorkingDir: root,
    entryPoints: ['src/extension.ts'],
    outfile: `${outdir}/web/extension.js`,
    bundle: true,
    platform: 'browser',
    format: 'cjs',
    target: 'es2022',
    minify: production,
    external: ['vscode'],
    define: { INCLUDE_TEST_API: production ? 'false' : 'true' },
    banner: { js: 'var __glmLoadStart = typeof performance === "object" ? performance.now() : undefined;' },
    footer: { js: 'var __glmLoadEnd = typeof performance === "object" ? performance.now() : undefined;' },
    alias: BUNDLE_ALIASES,
    plugins: [vscodeOnce, l10nOnce, webPlatform],
    sourcemap: true,
    sourcesContent: false,
    logLevel: 'warning',
  },
  // The command-line tool (src/cli/): one file with every library inside, for CI jobs (`bin` in package.json).
  nodeBundle('src/cli/main.ts', 'cli.js', {
    banner: { js: '#!/usr/bin/env node' },
    alias: BUNDLE_ALIASES,
  }),
  // The webview's own folder (form.js, form.css): the only one it may load from (src/inviteForm/formHtml.ts).
  {
    absWorkingDir: root,
    entryPoints: ['webview/main.ts'],
    outfile: `${outdir}/webview/form.js`,
    bundle: true,
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
    minify: production,
    sourcemap: true,
    sourcesContent: false,
    logLevel: 'warning',
  },
];

const existing = [];
for (const options of builds) {
  if (onlyBundle && resolve(options.outfile) !== onlyBundle) continue;
  try {
    accessSync(resolve(root, options.entryPoints[0]));
    existing.push(options);
  } catch {
    console.warn(`esbuild: skipping ${options.entryPoints[0]} (not there yet)`);
  }
}

if (watch) {
  for (const options of existing) {
    const ctx = await esbuild.context(options);
    await ctx.watch();
  }
  console.log('esbuild: watching for changes');
} else {
  await Promise.all(existing.map((options) => esbuild.build(options)));
}
