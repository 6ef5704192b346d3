// The invite form's page: the webview may load from dist/webview/ only (not the extension's bundles, source maps
// or media), every file the page names is there, and the policy allows nothing else: the script only by a nonce
// that differs per page and from the style nonce (the only one readable from the page), no unsafe-* anywhere.
import './support/fakeVscode'; // first: makes require('vscode') return the fake
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type * as vscode from 'vscode';
import { Uri } from './support/fakeVscode';
import { formHtml, localRoots } from '../../src/inviteForm/formHtml';

const root = join(__dirname, '..', '..');
const extension = Uri.file('/ext') as unknown as vscode.Uri;
const CSP_SOURCE = 'https://res.vscode-cdn.test';
const webview = {
  cspSource: CSP_SOURCE,
  asWebviewUri: (uri: Uri) => ({ toString: () => `${CSP_SOURCE}${uri.path}` }),
} as unknown as vscode.Webview;

function page() {
  const html = formHtml(webview, extension);
  const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)?.[1] ?? '';
  const directives = new Map(csp.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));
  const loaded = [...html.matchAll(/\s(?:src|href)="([^"]*)"/g)].map((m) => m[1]);
  const scriptNonce = /<script nonce="([^"]+)"/.exec(html)?.[1];
  const styleNonce = /<meta property="csp-nonce" content="([^"]+)">/.exec(html)?.[1];
  return { html, csp, directives, loaded, scriptNonce, styleNonce };
}

test('the webview may load from dist/webview/ only', () => {
  assert.deepEqual(localRoots(extension).map((u) => u.toString()), ['file:///ext/dist/webview']);
});

test('the page loads form.js and form.css from that folder, nothing else', () => {
  const { loaded } = page();
  assert.deepEqual(loaded, [`${CSP_SOURCE}/ext/dist/webview/form.css`, `${CSP_SOURCE}/ext/dist/webview/form.js`]);
  const roots = localRoots(extension).map((u) => `${CSP_SOURCE}${(u as unknown as Uri).path}/`);
  for (const url of loaded) assert.ok(roots.some((r) => url.startsWith(r)), `${url} is outside the webview's roots`);
});

test('esbuild builds, and the package ships, exactly the files the page loads', () => {
  assert.match(readFileSync(join(root, 'esbuild.mjs'), 'utf8'), /outfile: `\$\{outdir\}\/webview\/form\.js`/);
  const ignore = readFileSync(join(root, '.vscodeignore'), 'utf8').split('\n');
  for (const file of ['dist/webview/form.js', 'dist/webview/form.css']) assert.ok(ignore.includes(`!${file}`), `${file} is not packaged`);
  assert.deepEqual(ignore.filter((l) => /^!dist\/webview/.test(l)).sort(), ['!dist/webview/form.css', '!dist/webview/form.js'], 'the package ships more of the webview folder (source maps?)');
});

test('the policy: nothing by default, the script by its nonce, styles from the extension plus the style nonce', () => {
  const { csp, directives, scriptNonce, styleNonce } = page();
  assert.ok(scriptNonce && styleNonce && scriptNonce !== styleNonce, 'the script and style nonces are missing or equal');
  for (const n of [scriptNonce, styleNonce]) assert.match(n, /^[0-9a-f]{32}$/, '128 random bits, always the same length');
  assert.deepEqual(directives.get('default-src'), ["'none'"]);
  assert.deepEqual(directives.get('script-src'), [`'nonce-${scriptNonce}'`]);
  assert.deepEqual(directives.get('style-src'), [CSP_SOURCE, `'nonce-${styleNonce}'`]);
  assert.deepEqual(directives.get('base-uri'), ["'none'"]);
  assert.deepEqual(directives.get('form-action'), ["'none'"]);
  for (const [name, sources] of directives) {
    if (name === 'default-src' || name === 'base-uri' || name === 'form-action') continue;
    for (const source of sources) assert.ok(source === CSP_SOURCE || /^'nonce-[A-Za-z0-9]+'$/.test(source), `${name} allows ${source}`);
  }
  assert.doesNotMatch(csp, /unsafe-|\*|data:|blob:|https?:(?!\/\/res\.vscode-cdn\.test)/);
});

test('every page gets new nonces', () => {
  const a = page();
  const b = page();
  assert.notEqual(a.scriptNonce, b.scriptNonce);
  assert.notEqual(a.styleNonce, b.styleNonce);
});

test('the page carries the display language and its strings as inert, unclosable JSON', async () => {
  const { useL10nBundle } = await import('../../src/shared/l10n');
  useL10nBundle({ 'Invite members': 'Mitglieder einladen', 'Role': '</script><script>alert(1)</script>' });
  try {
    const { html } = page();
    assert.match(html, /<title>Mitglieder einladen<\/title>/);
    const json = /<script type="application\/json" id="l10n-bundle">([^<]*)<\/script>/.exec(html)?.[1];
    assert.ok(json, 'the bundle is one element whose text has no "<"');
    assert.equal(JSON.parse(json).Role, '</script><script>alert(1)</script>');
    assert.equal(html.match(/<script nonce=/g)?.length, 1, 'still one script that runs');
  } finally {
    useL10nBundle(undefined);
  }
});
