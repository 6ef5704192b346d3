/**
 * The two choices GitLab's remove dialog has, as checkboxes: also remove the person's direct memberships in
 * subgroups and projects (groups only), and unassign them from issues and merge requests. Both off by default.
 */
import * as vscode from 'vscode';
import type { RemoveMemberOptions } from '../../gitlab/api';
import type { Source } from '../../gitlab/types';

export const ALSO_SUBRESOURCES = 'Also remove from subgroups and projects';
export const ALSO_UNASSIGN = 'Also unassign from issues and merge requests';

type Choice = 'subresources' | 'unassign';

export async function pickRemoveOptions(source: Source, who: string): Promise<Required<Pick<RemoveMemberOptions, 'skipSubresources' | 'unassignIssuables'>> | undefined> {
  const items: Array<vscode.QuickPickItem & { choice: Choice }> = [];
  if (source.kind === 'group') {
    items.push({ label: ALSO_SUBRESOURCES, detail: `Their direct memberships in the subgroups and projects of ${source.fullPath} go too`, choice: 'subresources' });
  }
  items.push({ label: ALSO_UNASSIGN, detail: `in ${source.fullPath}`, choice: 'unassign' });
  const pick = vscode.window.createQuickPick<(typeof items)[number]>();
  Object.assign(pick, {
    title: `Remove ${who} from ${source.fullPath}`,
    placeholder: 'Tick what else should happen (Space), then press Enter to continue',
    canSelectMany: true, items, ignoreFocusOut: true,
  });
  try {
    const chosen = await new Promise<readonly Choice[] | undefined>((resolve) => {
      pick.onDidAccept(() => resolve(pick.selectedItems.map((i) => i.choice)));
      pick.onDidHide(() => resolve(undefined));
      pick.show();
    });
    if (!chosen) return undefined;
    // "Also remove from subgroups and projects" is GitLab's skip_subresources=false; a project has none to skip.
    return { skipSubresources: !chosen.includes('subresources'), unassignIssuables: chosen.includes('unassign') };
  } finally {
    pick.dispose();
  }
}
