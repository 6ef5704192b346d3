/** gitlabMembers.copyUsername: put a member's username (without @) on the clipboard. */
import * as vscode from 'vscode';
import type { CommandDeps } from './deps';
import { pendingOfNode } from './nodeTargets';
import { resolveMember } from './pickers/resolve';

export async function copyUsername(deps: CommandDeps, node?: unknown): Promise<void> {
  const username = pendingOfNode(deps, node)?.pending.username ?? (await resolveMember(deps, node, 'Copy Username'))?.member.username;
  if (!username) return;
  await vscode.env.clipboard.writeText(username);
  void vscode.window.showInformationMessage(`Copied the username ${username}.`);
}
