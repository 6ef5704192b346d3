/**
 * The "Groups & Projects" view: the tree with multi-select, and a badge counting memberships that expire
 * within `gitlabMembers.expiryWarningDays` and access requests among the rows loaded so far (the tooltip says so).
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

/**
 * Keeps `view.badge` at what needs attention among the rows loaded so far: memberships expiring soon, and people
 * who asked for access (none of either: no badge).
 */
export function showExpiryBadge(view: vscode.TreeView<TreeNode>, tree: MembersTreeProvider, warningDays: () => number): vscode.Disposable {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const update = () => {
    timer = undefined;
    const expiring = tree.expiringSoon();
    const asked = tree.accessRequests();
    const days = warningDays();
    const parts = [
      ...(expiring === 0 ? [] : [expiring === 1
        ? l10n.t('1 membership expires within {0} days', days)
        : l10n.t('{0} memberships expire within {1} days', expiring, days)]),
      ...(asked === 0 ? [] : [asked === 1 ? l10n.t('1 person asked for access') : l10n.t('{0} people asked for access', asked)]),
    ];
    view.badge = parts.length === 0 ? undefined : {
      value: expiring + asked,
      tooltip: l10n.t('{0} (counted among the groups and projects loaded in the tree)', parts.join('; ')),
    };
  };
  const recount = () => {
    timer ??= setTimeout(update, BADGE_DELAY_MS);
  };
  return vscode.Disposable.from(tree.onDidChangeTreeData(recount), tree.onDidFetchChildren(recount), { dispose: () => clearTimeout(timer) });
}
