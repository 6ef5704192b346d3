// Two bundles: the extension (Node, CommonJS, `vscode` external) and the invite form's webview (browser).
import * as esbuild from 'esbuild';
import { accessSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(fileURLToPath(import.meta.url));

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const outdirFlag = process.argv.indexOf('--outdir');
const outdir = outdirFlag > 0 ? resolve(process.argv[outdirFlag + 1]) : resolve(root, 'dist');

/** `import('undici')` in the extension becomes `require('./undici.js')`, the bundle built next to it. */
const undiciOnDemand = {
  name: 'undici-on-demand',
  setup(build) {
    build.onResolve({ filter: /^undici$/ }, () => ({ path: './undici.js', external: true }));
  },
};

/** `import('../asCode/index')` (membership as code, with the ~115 KB yaml library) becomes `require('./asCode.js')`. */
const asCodeOnDemand = {
  name: 'as-code-on-demand',
  setup(build) {
    build.onResolve({ filter: /\/asCode\/index$/ }, (args) => (args.kind === 'dynamic-import' ? { path: './asCode.js', external: true } : undefined));
  },
};

/** @type {import('esbuild').BuildOptions[]} */
const builds = [
  {
    absWorkingDir: root,
    entryPoints: ['src/extension.ts'],
    outfile: `${outdir}/extension.js`,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode'],
    // gitbeaker's own client-side rate limiter is never used (see the files for why): keep it out of the bundle.
    alias: {
      'rate-limiter-flexible': './src/gitlab/unbundled/rateLimiterFlexible.cjs',
      'picomatch-browser': './src/gitlab/unbundled/picomatch.cjs',
    },
    // When the bundle starts loading: src/activationTime.ts reports activation from here.
    banner: { js: 'var __glmLoadStart = typeof performance === "object" ? performance.now() : undefined;' },
    // undici (only for a private CA, `gitlabMembers.caCertificates`) is ~500 KB: its own file, loaded on first use.
    plugins: [undiciOnDemand, asCodeOnDemand],
    minify: production,
    sourcemap: true,
    sourcesContent: false,
    logLevel: 'warning',
  },
  {
    absWorkingDir: root,
    entryPoints: ['src/gitlab/unbundled/undici.cjs'],
    outfile: `${outdir}/undici.js`,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    minify: production,
    logLevel: 'error',
  },
  {
    absWorkingDir: root,
    entryPoints: ['src/asCode/index.ts'],
    outfile: `${outdir}/asCode.js`,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode'],
    minify: production,
    sourcemap: true,
    sourcesContent: false,
    logLevel: 'warning',
  },
  {
    absWorkingDir: root,
    entryPoints: ['webview/main.ts'],
    outfile: `${outdir}/webview.js`,
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
