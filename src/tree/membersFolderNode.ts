/** "Members" under a group or project: the direct members, page by page. */
import { canManageMembers, type CallerAccess } from '../domain/permissions';
import type { Page, Source } from '../gitlab/types';
import { MemberNode } from './memberNode';
import type { NodeContext, TreeNode } from './node';
import { PagedFolderNode } from './pagedFolder';
import { mapPage } from './pagedList';

export class MembersFolderNode extends PagedFolderNode<MemberNode> {
  constructor(ctx: NodeContext, parent: TreeNode, private readonly source: Source, private readonly access: CallerAccess) {
    super(ctx, parent, {
      kind: 'members',
      label: 'Members',
      icon: { id: 'person' },
      what: 'members',
      empty: 'No members',
      canManage: canManageMembers(source.kind, access),
    });
  }

  protected async fetchPage(page: number): Promise<Page<MemberNode>> {
    const result = await this.ctx.session.api.listMembers(this.source, { page });
    return mapPage(result, (member) => new MemberNode(this.ctx, this, member, this.source.kind, this.access));
  }
}
