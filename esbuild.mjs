// Two bundles: the extension (Node, CommonJS, `vscode` external) and the invite form's webview (browser).
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/** @type {import('esbuild').BuildOptions[]} */
const builds = [
  {
    entryPoints: ['src/extension.ts'],
    outfile: 'dist/extension.js',
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
    entryPoints: ['webview/main.ts'],
    outfile: 'dist/webview.js',
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
    await import('node:fs').then((fs) => fs.accessSync(options.entryPoints[0]));
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
