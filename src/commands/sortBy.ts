/**
 * gitlabMembers.sortBy: order a Members folder by name, role or expiry. GitLab's members API cannot sort,
 * so this sorts the rows loaded so far ("Load all" first to sort everything); new pages are sorted in.
 */
import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';
import { MEMBER_SORTS, type MemberSort } from '../domain/memberSort';
import type { CommandDeps } from './support/deps';
import { MembersFolderNode } from '../tree/membersFolderNode';
import { pickFolder } from './pickers/pickTreeRow';

export async function sortBy(deps: CommandDeps, node?: unknown): Promise<void> {
  const folder = await pickFolder(deps, node, l10n.t('Sort Members By'), (f) => f instanceof MembersFolderNode);
  if (!(folder instanceof MembersFolderNode)) return;
  const items: Array<vscode.QuickPickItem & { sort: MemberSort | undefined }> = [
    ...MEMBER_SORTS.map((s) => ({ label: s.label, detail: s.detail, sort: s.sort as MemberSort | undefined })),
    { label: l10n.t("GitLab's order"), detail: l10n.t('As GitLab lists them'), sort: undefined },
  ];
  for (const item of items) if (item.sort === folder.sort) item.description = l10n.t({ message: '(current)', comment: ['marks the sort order in use'] });
  const picked = await vscode.window.showQuickPick(items, {
    title: l10n.t('Sort members of {0}', folder.source.fullPath),
    placeHolder: folder.hasMore ? l10n.t('Sorts the loaded rows; use "Load All" to sort every member') : l10n.t('Sort by'),
  });
  if (!picked) return;
  folder.setSort(picked.sort);
  deps.tree.changed(folder);
}
