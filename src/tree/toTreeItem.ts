/** The one place a node's description becomes a vscode.TreeItem. Data goes in as text, never as markdown. */
import * as vscode from 'vscode';
import type { Collapsible, ItemSpec, TooltipSpec } from './node';

const COLLAPSIBLE: Record<Collapsible, vscode.TreeItemCollapsibleState> = {
  none: vscode.TreeItemCollapsibleState.None,
  collapsed: vscode.TreeItemCollapsibleState.Collapsed,
  expanded: vscode.TreeItemCollapsibleState.Expanded,
};

export function toTreeItem(id: string, spec: ItemSpec): vscode.TreeItem {
  // A string label is plain text: a member named `<img src=x onerror=…>` shows exactly that.
  const item = new vscode.TreeItem(spec.label, COLLAPSIBLE[spec.collapsible]);
  item.id = id;
  item.description = spec.description;
  item.contextValue = spec.contextValue;
  if (spec.tooltip) item.tooltip = toTooltip(spec.tooltip);
  if (spec.icon) {
    item.iconPath = new vscode.ThemeIcon(spec.icon.id, spec.icon.color ? new vscode.ThemeColor(spec.icon.color) : undefined);
  }
  if (spec.command) {
    item.command = { command: spec.command.command, title: spec.command.title, arguments: spec.command.arguments?.slice() };
  }
  return item;
}

/** Bold labels are our own constants; every value goes through appendText, which escapes markdown. */
function toTooltip(tooltip: TooltipSpec): vscode.MarkdownString {
  const md = new vscode.MarkdownString('', false);
  md.isTrusted = false;
  md.supportHtml = false;
  md.appendMarkdown('**').appendText(tooltip.title).appendMarkdown('**');
  for (const line of tooltip.lines) {
    md.appendMarkdown('  \n**').appendText(line.label).appendMarkdown(':** ').appendText(line.value);
  }
  return md;
}
