/**
 * The invite form's HTML: a shell that loads the built bundle under the policy of csp.ts. The script nonce and
 * the style nonce differ, and only the style one is readable from the page (the toolkit needs it). The webview may
 * load files from dist/webview/ only (form.js, form.css): not the extension's own bundles, source maps or media.
 */
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
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
  return `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="UTF-8">
  <meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(webview.cspSource, scriptNonce, styleNonce)}">
  <meta property="csp-nonce" content="${styleNonce}">
  <meta name="viewport" content="width=device-width, initial-scale=1.0">
  <link rel="stylesheet" href="${asset('form.css')}">
  <title>Invite members</title>
</head>
<body>
  <main id="app" aria-label="Invite members"></main>
  <script nonce="${scriptNonce}" src="${asset('form.js')}"></script>
</body>
</html>`;
}

function nonce(): string {
  return randomBytes(18).toString('base64').replace(/[^A-Za-z0-9]/g, '');
}
