/**
 * gitlabMembers.createToken: opens "Personal access tokens" on the GitLab instance sign-in suggests
 * (`gitlabMembers.instanceUrl`), name and scope filled in. Linked from the walkthrough's first step.
 */
import * as vscode from 'vscode';
import { tokenPageUrl } from '../accounts/tokenPage';
import { readSettings } from '../core/settings';

export async function createToken(): Promise<void> {
  await vscode.env.openExternal(vscode.Uri.parse(tokenPageUrl(readSettings().instanceUrl)));
}
