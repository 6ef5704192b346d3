/**
 * The tree's own commands (Filter, Sort, Load All, Refresh, Remove from Tree, …): the row they were run on;
 * from the palette the tree's selected row (or the folder it is in) when the command applies to it, else a
 * quick pick among the rows the tree has loaded. Nothing is loaded for this: a folder not expanded yet is not
 * offered.
 */
import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';
import { hostOf } from '../../accounts/account';
import type { AccountSession } from '../../accounts/sessions';
import { walkLoaded } from '../../tree/loadedNodes';
import { isSourceNode, type SourceNode, type TreeNode } from '../../tree/node';
import { PagedFolderNode } from '../../tree/pagedFolder';
import type { CommandDeps } from '../support/deps';
import { folderArg, type AnyFolder } from '../support/nodeArgs';

/** A folder the command applies to (`accept`): the row's, else the selected row's, else one picked. */
export async function pickFolder(deps: CommandDeps, node: unknown, title: string, accept: (f: AnyFolder) => boolean): Promise<AnyFolder | undefined> {
  if (node !== undefined) return fits(folderArg(node), accept);
  const selected = fits(folderArg(deps.tree.selection[0]), accept);
  if (selected) return selected;
  const folders = [...walkLoaded(deps.tree.accounts)].filter((n): n is AnyFolder => n instanceof PagedFolderNode).filter(accept);
  return pickLoaded(title, folders, (f) => `${f.source.fullPath} › ${f.spec.label}`, 'folders');
}

/** A group or project row the command applies to: the row, else the selected row, else one picked. */
export async function pickSourceRow(deps: CommandDeps, node: unknown, title: string, accept: (n: SourceNode) => boolean = () => true): Promise<SourceNode | undefined> {
  if (node !== undefined) return fits(isSourceNode(node) ? node : undefined, accept);
  const selected = deps.tree.selection[0];
  if (isSourceNode(selected) && accept(selected)) return selected;
  const rows = [...walkLoaded(deps.tree.accounts)].filter(isSourceNode).filter(accept);
  return pickLoaded(title, rows, (n) => n.source.fullPath, 'sources');
}

/** A row passed by a menu or button is only used when it fits (menus offer the command only there). */
function fits<N>(node: N | undefined, accept: (n: N) => boolean): N | undefined {
  return node !== undefined && accept(node) ? node : undefined;
}

/** `@demo · gitlab.example.com`, to tell rows of several accounts apart. */
function accountOf(node: TreeNode): string | undefined {
  const account = (node as { session?: AccountSession }).session?.account;
  return account && `@${account.username} · ${hostOf(account.instanceUrl)}`;
}

async function pickLoaded<N extends TreeNode>(title: string, nodes: N[], label: (n: N) => string, rows: 'folders' | 'sources'): Promise<N | undefined> {
  if (nodes.length === 0) {
    void vscode.window.showInformationMessage(rows === 'folders'
      ? l10n.t('{0}: no folders it applies to are shown in the GitLab Members tree yet. Expand a group or project there first.', title)
      : l10n.t('{0}: no groups or projects it applies to are shown in the GitLab Members tree yet. Expand a group or project there first.', title));
    return undefined;
  }
  const unique = [...new Map(nodes.map((n) => [n.id, n])).values()];
  const several = new Set(unique.map(accountOf)).size > 1;
  const picked = await vscode.window.showQuickPick(unique.map((n) => ({ label: label(n), description: several ? accountOf(n) : undefined, node: n })), {
    title, placeHolder: rows === 'folders' ? l10n.t('Which of the folders shown in the tree?') : l10n.t('Which of the groups or projects shown in the tree?'), ignoreFocusOut: true, matchOnDescription: true,
  });
  return picked?.node;
}
