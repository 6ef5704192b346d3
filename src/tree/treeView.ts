/**
 * The "Groups & Projects" view: the tree with multi-select, and a badge counting memberships that expire
 * within `gitlabMembers.expiryWarningDays` among the members loaded so far (the tooltip says so).
 */
import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';
import { VIEW_IDS } from '../core/ids';
import { reachedMilestone } from '../gettingStarted/progress';
import { MembersFolderNode } from './membersFolderNode';
import type { TreeNode } from './node';
import type { MembersTreeProvider } from './provider';

/** Recount at most this often while pages arrive. */
const BADGE_DELAY_MS = 300;

export function createMembersView(tree: MembersTreeProvider): vscode.TreeView<TreeNode> {
  const view = vscode.window.createTreeView<TreeNode>(VIEW_IDS.tree, { treeDataProvider: tree, showCollapseAll: true, canSelectMany: true });
  tree.attach(view);
  // The walkthrough's "Browse a group" step: someone opened a Members folder.
  view.onDidExpandElement(({ element }) => {
    if (element instanceof MembersFolderNode) reachedMilestone('browsed');
  });
  return view;
}

/** Keeps `view.badge` at the number of loaded memberships expiring soon (none: no badge). */
export function showExpiryBadge(view: vscode.TreeView<TreeNode>, tree: MembersTreeProvider, warningDays: () => number): vscode.Disposable {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const update = () => {
    timer = undefined;
    const count = tree.expiringSoon();
    const days = warningDays();
    view.badge = count === 0 ? undefined : {
      value: count,
      tooltip: count === 1
        ? l10n.t('1 membership expires within {0} days (counted among the members loaded in the tree)', days)
        : l10n.t('{0} memberships expire within {1} days (counted among the members loaded in the tree)', count, days),
    };
  };
  const changes = tree.onDidChangeTreeData(() => {
    timer ??= setTimeout(update, BADGE_DELAY_MS);
  });
  return vscode.Disposable.from(changes, { dispose: () => clearTimeout(timer) });
}
