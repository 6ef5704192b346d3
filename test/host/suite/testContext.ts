import * as vscode from 'vscode';

/** The test extension's id; its activate() returns { context } so suites get a real ExtensionContext. */
export const TEST_EXTENSION_ID = 'gitlab-members-tests.host-tests';

let current: vscode.ExtensionContext | undefined;

/** Set by the test extension while it activates (its exports are not readable until activate returns). */
export function setTestContext(context: vscode.ExtensionContext): void {
  current = context;
}

export function testContext(): vscode.ExtensionContext {
  const context = current
    ?? (vscode.extensions.getExtension(TEST_EXTENSION_ID)?.exports as { context?: vscode.ExtensionContext } | undefined)?.context;
  if (!context) throw new Error(`${TEST_EXTENSION_ID} is not active, so there is no ExtensionContext to test with`);
  return context;
}
