/** "Load more…": clicking runs gitlabMembers.loadMore with the owning node, which appends the next page. */
import * as l10n from '@vscode/l10n';
import { COMMAND_IDS } from '../core/ids';
import { contextValue } from '../domain/contextValue';
import type { ItemSpec, LoadsMore, TreeNode } from './node';

export const loadMoreLabel = (): string => l10n.t('Load more…');

export class LoadMoreNode implements TreeNode {
  readonly id: string;

  /** @param inFolder the row ends a Members/Invitations/Awaiting folder, where "Load All" applies too. */
  constructor(readonly parent: LoadsMore, private readonly inFolder = false) {
    this.id = `${parent.id}/loadMore`;
  }

  item(): ItemSpec {
    return {
      label: loadMoreLabel(),
      icon: { id: 'ellipsis' },
      contextValue: contextValue('loadMore', { folder: this.inFolder }),
      collapsible: 'none',
      command: { command: COMMAND_IDS.loadMore, title: l10n.t('Load More'), arguments: [this.parent] },
    };
  }
}
