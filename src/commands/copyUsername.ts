/** gitlabMembers.copyUsername: put a member's username (without @) on the clipboard. */
import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';
import type { CommandDeps } from './support/deps';
import { pendingOfNode } from './support/nodeTargets';
import { resolveMember } from './pickers/resolve';

export async function copyUsername(deps: CommandDeps, node?: unknown): Promise<void> {
  const username = pendingOfNode(deps, node)?.pending.username ?? (await resolveMember(deps, node, l10n.t('Copy Username')))?.member.username;
  if (!username) return;
  await vscode.env.clipboard.writeText(username);
  void vscode.window.showInformationMessage(l10n.t('Copied the username {0}.', username));
}
