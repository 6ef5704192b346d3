/**
 * What activate() returns to in-host tests: the tree provider and a sign-in without UI. Only in a test run
 * (Development/Test mode, or code-server with the host-test extension installed and its
 * `gitlabMembersTests.resultFile` in the user's settings): in normal use, other extensions must not get a
 * signed-in GitLab client through our exports, and a repository's `.vscode/settings.json` cannot turn them on.
 */
import * as vscode from 'vscode';
import { addAccount } from '../accounts/addAccount';
import type { AccountStore } from '../accounts/accountStore';
import type { Sessions } from '../accounts/sessions';
import { updateSignedInContext } from '../accounts/signedInContext';
import type { TreeNode } from '../tree/node';
import type { MembersTreeProvider } from '../tree/provider';

const HOST_TESTS_ID = 'gitlab-members-tests.host-tests';

export interface ExtensionApi {
  readonly tree: MembersTreeProvider;
  /** The Groups & Projects view (tests read whether the workbench shows it). */
  readonly view: vscode.TreeView<TreeNode>;
  signInWithToken(instanceUrl: string, token: string): Promise<void>;
}

export function testApi(
  context: vscode.ExtensionContext, tree: MembersTreeProvider, view: vscode.TreeView<TreeNode>, store: AccountStore, sessions: Sessions,
): ExtensionApi | undefined {
  const resultFile = vscode.workspace.getConfiguration('gitlabMembersTests').inspect<string>('resultFile');
  const hostTestRun = Boolean(resultFile?.globalValue) && vscode.extensions.getExtension(HOST_TESTS_ID) !== undefined;
  if (context.extensionMode === vscode.ExtensionMode.Production && !hostTestRun) return undefined;
  return {
    tree,
    view,
    async signInWithToken(instanceUrl, token) {
      const result = await addAccount(store, sessions, instanceUrl, token);
      if (!result.ok) throw new Error(result.reason);
      await updateSignedInContext(store);
      tree.refresh();
    },
  };
}
