// extensionTestsPath for @vscode/test-electron: runs the same suites in a desktop VS Code.
// The emulator URL/token come from the environment (runElectron.ts sets them).
import { writeFile } from 'node:fs/promises';
import * as vscode from 'vscode';
import { runRegistered } from './index';
import { TEST_EXTENSION_ID } from './testContext';

export async function run(): Promise<void> {
  // The test extension is loaded as a second development extension; activate it for its ExtensionContext.
  await vscode.extensions.getExtension(TEST_EXTENSION_ID)?.activate();
  const results = await runRegistered({
    emulatorUrl: process.env.GLM_EMULATOR_URL, // also seeded as gitlabMembers.instanceUrl
    token: process.env.GLM_EMULATOR_TOKEN,
  });
  for (const r of results) {
    console.log(`${r.status === 'pass' ? '✔' : '✖'} ${r.name} (${r.durationMs} ms)`);
    if (r.error) console.log(r.error.replace(/^/gm, '    '));
  }
  if (process.env.GLM_RESULT_FILE) await writeFile(process.env.GLM_RESULT_FILE, JSON.stringify({ vscodeVersion: vscode.version, results }, null, 2));
  const failed = results.filter((r) => r.status === 'fail').length;
  console.log(`in-host: ${results.length - failed} of ${results.length} passed`);
  if (failed) throw new Error(`${failed} in-host test(s) failed`);
}
