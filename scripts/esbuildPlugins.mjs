// The esbuild plugins and aliases the bundles share (esbuild.mjs builds them; tests use them to check a rule).
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Modules of gitbeaker's that the bundles replace with smaller stand-ins (see each file for why): its own
 * rate limiter and glob matcher, which the extension never uses, and qs.
 */
export const BUNDLE_ALIASES = {
  'rate-limiter-flexible': './src/gitlab/unbundled/rateLimiterFlexible.cjs',
  'picomatch-browser': './src/gitlab/unbundled/picomatch.cjs',
  qs: './src/gitlab/unbundled/qs.cjs',
};

/**
 * Libraries the extension needs only after activation, each built into a file of its own next to
 * dist/extension.js and required on first use: `require('undici')` becomes `require('./undici.js')`.
 * gitbeaker (~25 KB: the resources used) loads with the first GitLab client; undici (~500 KB) only for a private CA; membership
 * as code (with yaml) when one of its commands runs.
 */
const onDemand = {
  '@gitbeaker/requester-utils': './gitbeaker.js',
  undici: './undici.js',
};
export const loadOnDemand = {
  name: 'load-on-demand',
  setup(build) {
    build.onResolve({ filter: /^(@gitbeaker\/requester-utils|undici)$/ }, (args) => ({ path: onDemand[args.path], external: true }));
    // gitbeaker's resources (src/gitlab/unbundled/gitbeakerResources.ts) are the entry of ./gitbeaker.js too.
    build.onResolve({ filter: /\/unbundled\/gitbeakerResources$/ }, (args) => (args.kind === 'require-call' ? { path: './gitbeaker.js', external: true } : undefined));
    // `require('../asCode/index')` (membership as code, with the ~115 KB yaml library) becomes `require('./asCode.js')`.
    build.onResolve({ filter: /\/asCode\/index$/ }, (args) => (args.kind === 'require-call' || args.kind === 'dynamic-import' ? { path: './asCode.js', external: true } : undefined));
  },
};

/**
 * `import * as vscode from 'vscode'` in every file would make esbuild copy the whole VS Code API object (a few
 * hundred properties) once per importing module while the bundle loads. One ES module re-exports it instead,
 * so the copy happens once and the rest of the bundle reads that module's exports.
 */
export const vscodeOnce = {
  name: 'vscode-once',
  setup(build) {
    build.onResolve({ filter: /^vscode$/ }, (args) => (args.namespace === 'vscode-once' ? { path: 'vscode', external: true } : { path: 'vscode', namespace: 'vscode-once' }));
    build.onLoad({ filter: /.*/, namespace: 'vscode-once' }, () => ({ contents: 'export * from "vscode";', loader: 'js' }));
  },
};

/**
 * The same for `@vscode/l10n`, a CommonJS package that some 150 modules import: esbuild would wrap its exports
 * (copying them into a new object) once per importing module while the bundle loads, about 1.5 ms of the
 * activation bundle's 13 ms evaluation. One ES module re-exports it instead.
 */
export const l10nOnce = {
  name: 'l10n-once',
  setup(build) {
    build.onResolve({ filter: /^@vscode\/l10n$/ }, (args) => (args.namespace === 'l10n-once' ? undefined : { path: '@vscode/l10n', namespace: 'l10n-once' }));
    build.onLoad({ filter: /.*/, namespace: 'l10n-once' }, () => ({ contents: 'export * from "@vscode/l10n";', loader: 'js', resolveDir: root }));
  },
};

/**
 * The web worker bundle (VS Code for the Web, GitLab's Web IDE): `platform/current` is web.ts, and a Node
 * built-in anywhere in what it imports fails the build, naming the importer.
 */
export const NODE_BUILTIN = /^node:|^(assert|async_hooks|buffer|child_process|cluster|crypto|dgram|dns|events|fs|http|http2|https|module|net|os|path|perf_hooks|process|querystring|readline|stream|string_decoder|timers|tls|tty|url|util|v8|vm|worker_threads|zlib)(\/.*)?$/;
export const webPlatform = {
  name: 'web-platform',
  setup(build) {
    // csv-stringify's Node build uses Buffer when it loads; its browser build carries what it needs.
    build.onResolve({ filter: /^csv-stringify\/sync$/ }, () => ({ path: resolve(root, 'node_modules/csv-stringify/dist/esm/sync.js') }));
    build.onResolve({ filter: /\/platform\/current$/ }, (args) => ({ path: resolve(args.resolveDir, dirname(args.path), 'web.ts') }));
    build.onResolve({ filter: NODE_BUILTIN }, (args) => ({
      errors: [{ text: `the web bundle must not use Node's "${args.path}" (imported by ${relative(root, args.importer)})` }],
    }));
  },
};
