/**
 * gitlabMembers.sortBy: order a Members folder by name, role or expiry. GitLab's members API cannot sort,
 * so this sorts the rows loaded so far ("Load all" first to sort everything); new pages are sorted in.
 */
import * as vscode from 'vscode';
import { MEMBER_SORTS, type MemberSort } from '../domain/memberSort';
import type { CommandDeps } from './deps';
import { MembersFolderNode } from '../tree/membersFolderNode';
import { pickFolder } from './pickers/pickTreeRow';

export async function sortBy(deps: CommandDeps, node?: unknown): Promise<void> {
  const folder = await pickFolder(deps, node, 'Sort Members By', (f) => f instanceof MembersFolderNode);
  if (!(folder instanceof MembersFolderNode)) return;
  const items: Array<vscode.QuickPickItem & { sort: MemberSort | undefined }> = [
    ...MEMBER_SORTS.map((s) => ({ label: s.label, detail: s.detail, sort: s.sort as MemberSort | undefined })),
    { label: "GitLab's order", detail: 'As GitLab lists them', sort: undefined },
  ];
  for (const item of items) if (item.sort === folder.sort) item.description = '(current)';
  const picked = await vscode.window.showQuickPick(items, {
    title: `Sort members of ${folder.source.fullPath}`,
    placeHolder: folder.hasMore ? 'Sorts the loaded rows; use "Load All" to sort every member' : 'Sort by',
  });
  if (!picked) return;
  folder.setSort(picked.sort);
  deps.tree.changed(folder);
}
