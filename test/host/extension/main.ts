// The test extension: on startup, if a result file is configured, runs every in-host suite against the
// real `vscode` API and writes { results } there (host.test.ts turns each into a node:test test).
import { writeFile, rename } from 'node:fs/promises';
import * as vscode from 'vscode';
import { runRegistered } from '../suite/index';
import { setTestContext } from '../suite/testContext';

export function activate(context: vscode.ExtensionContext): { context: vscode.ExtensionContext } {
  setTestContext(context);
  const config = vscode.workspace.getConfiguration('gitlabMembersTests');
  const resultFile = config.get<string>('resultFile');
  if (resultFile) {
    // After activate() returns, so the extension's own activation is complete.
    setTimeout(() => void runAndReport(resultFile, config), 0);
  }
  return { context };
}

async function runAndReport(resultFile: string, config: vscode.WorkspaceConfiguration): Promise<void> {
  const started = Date.now();
  let payload: unknown;
  try {
    const results = await runRegistered({
      emulatorUrl: config.get<string>('emulatorUrl') || undefined,
      token: config.get<string>('token') || undefined,
    });
    payload = { vscodeVersion: vscode.version, appHost: vscode.env.appHost, durationMs: Date.now() - started, results };
  } catch (error) {
    payload = { error: (error as Error)?.stack ?? String(error) };
  }
  // Write then rename, so the reader never sees half a file.
  await writeFile(`${resultFile}.tmp`, JSON.stringify(payload, null, 2));
  await rename(`${resultFile}.tmp`, resultFile);
}
