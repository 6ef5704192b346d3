/**
 * The invite form's HTML: a shell that loads the built bundle under the policy of csp.ts. The script nonce and
 * the style nonce differ, and only the style one is readable from the page (the toolkit needs it). The webview may
 * load files from dist/webview/ only (form.js, form.css): not the extension's own bundles, source maps or media.
 * The form's strings come from the extension: the display language's bundle rides along as inert JSON
 * (`type="application/json"` never runs, and `<` is escaped so no text can close the element).
 */
import * as vscode from 'vscode';
import * as l10n from '@vscode/l10n';
import { currentL10nBundle } from '../shared/l10n';
import { contentSecurityPolicy } from './csp';

/** Where esbuild.mjs puts the webview's bundle, relative to the extension. */
export const WEBVIEW_DIR = ['dist', 'webview'] as const;

/** What the webview may load from: its own build folder, nothing else. */
export function localRoots(extensionUri: vscode.Uri): vscode.Uri[] {
  return [vscode.Uri.joinPath(extensionUri, ...WEBVIEW_DIR)];
}

export function formHtml(webview: vscode.Webview, extensionUri: vscode.Uri): string {
  const scriptNonce = nonce();
  const styleNonce = nonce();
  const asset = (file: string) => webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, ...WEBVIEW_DIR, file)).toString();
  const title = escapeHtml(l10n.t('Invite members'));
  const strings = JSON.stringify(currentL10nBundle() ?? {}).replace(/</g, '\\u003c');
  // l10n-ignore: markup, not text
  return `<!DOCTYPE html>
<html lang="${escapeHtml(vscode.env.language)}">
<head>
  <meta charset="UTF-8">
  <meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(webview.cspSource, scriptNonce, styleNonce)}">
  <meta property="csp-nonce" content="${styleNonce}">
  <meta name="viewport" content="width=device-width, initial-scale=1.0">
  <link rel="stylesheet" href="${asset('form.css')}">
  <title>${title}</title>
</head>
<body>
  <script type="application/json" id="l10n-bundle">${strings}</script>
  <main id="app" aria-label="${title}"></main>
  <script nonce="${scriptNonce}" src="${asset('form.js')}"></script>
</body>
</html>`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** 128 random bits as 32 hex characters: always the same length (base64 with its +/ stripped was not: 19 to 24). */
/** 128 random bits as hex, from Web Crypto (in Node's extension host and in a web worker alike). */
function nonce(): string {
  return Array.from(globalThis.crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}
