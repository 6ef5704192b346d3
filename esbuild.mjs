// The bundles: the extension (Node, CommonJS, `vscode` external), the libraries it loads on demand, and the
// invite form's webview (browser).
import * as esbuild from 'esbuild';
import { accessSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(fileURLToPath(import.meta.url));

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const outdirFlag = process.argv.indexOf('--outdir');
const outdir = outdirFlag > 0 ? resolve(process.argv[outdirFlag + 1]) : resolve(root, 'dist');
// `--entry src/cli/main.ts`: build that bundle alone (the CLI's tests build it into a folder of their own).
const entryFlag = process.argv.indexOf('--entry');
const onlyEntry = entryFlag > 0 ? process.argv[entryFlag + 1] : undefined;

/**
 * Libraries the extension needs only after activation, each built into a file of its own next to
 * dist/extension.js and required on first use: `require('undici')` becomes `require('./undici.js')`.
 * gitbeaker (~150 KB) loads with the first GitLab client; undici (~500 KB) only for a private CA; membership
 * as code (with yaml) when one of its commands runs.
 */
const onDemand = {
  '@gitbeaker/rest': './gitbeaker.js',
  '@gitbeaker/requester-utils': './gitbeaker.js',
  undici: './undici.js',
};
const loadOnDemand = {
  name: 'load-on-demand',
  setup(build) {
    build.onResolve({ filter: /^(@gitbeaker\/(rest|requester-utils)|undici)$/ }, (args) => ({ path: onDemand[args.path], external: true }));
    // `require('../asCode/index')` (membership as code, with the ~115 KB yaml library) becomes `require('./asCode.js')`.
    build.onResolve({ filter: /\/asCode\/index$/ }, (args) => (args.kind === 'require-call' || args.kind === 'dynamic-import' ? { path: './asCode.js', external: true } : undefined));
  },
};

/**
 * `import * as vscode from 'vscode'` in every file would make esbuild copy the whole VS Code API object (a few
 * hundred properties) once per importing module while the bundle loads. One ES module re-exports it instead,
 * so the copy happens once and the rest of the bundle reads that module's exports.
 */
const vscodeOnce = {
  name: 'vscode-once',
  setup(build) {
    build.onResolve({ filter: /^vscode$/ }, (args) => (args.namespace === 'vscode-once' ? { path: 'vscode', external: true } : { path: 'vscode', namespace: 'vscode-once' }));
    build.onLoad({ filter: /.*/, namespace: 'vscode-once' }, () => ({ contents: 'export * from "vscode";', loader: 'js' }));
  },
};

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
    plugins: [vscodeOnce, loadOnDemand],
    sourcemap: true,
    sourcesContent: false,
  }),
  nodeBundle('src/gitlab/unbundled/gitbeaker.cjs', 'gitbeaker.js', {
    // gitbeaker's own client-side rate limiter is never used (see the files for why): keep it out.
    alias: {
      'rate-limiter-flexible': './src/gitlab/unbundled/rateLimiterFlexible.cjs',
      'picomatch-browser': './src/gitlab/unbundled/picomatch.cjs',
    },
  }),
  nodeBundle('src/gitlab/unbundled/undici.cjs', 'undici.js', { logLevel: 'error' }),
  nodeBundle('src/asCode/index.ts', 'asCode.js', { external: ['vscode'], plugins: [vscodeOnce, loadOnDemand], sourcemap: true, sourcesContent: false }),
  // The command-line tool (src/cli/): one file with every library inside, for CI jobs (`bin` in package.json).
  nodeBundle('src/cli/main.ts', 'cli.js', {
    banner: { js: '#!/usr/bin/env node' },
    alias: {
      'rate-limiter-flexible': './src/gitlab/unbundled/rateLimiterFlexible.cjs',
      'picomatch-browser': './src/gitlab/unbundled/picomatch.cjs',
    },
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
  if (onlyEntry && options.entryPoints[0] !== onlyEntry) continue;
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
