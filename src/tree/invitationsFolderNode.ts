/** "Invitations" under a group or project: pending email invitations, page by page. */
import { canManageMembers, type CallerAccess } from '../domain/permissions';
import type { Page, Source } from '../gitlab/types';
import { InvitationNode } from './invitationNode';
import type { NodeContext, TreeNode } from './node';
import { PagedFolderNode } from './pagedFolder';
import { mapPage } from './pagedList';

export class InvitationsFolderNode extends PagedFolderNode<InvitationNode> {
  private readonly canManage: boolean;

  constructor(ctx: NodeContext, parent: TreeNode, private readonly source: Source, access: CallerAccess) {
    const canManage = canManageMembers(source.kind, access);
    super(ctx, parent, {
      kind: 'invitations',
      label: 'Invitations',
      icon: { id: 'mail' },
      what: 'invitations',
      empty: 'No pending invitations',
      canManage,
    });
    this.canManage = canManage;
  }

  protected async fetchPage(page: number): Promise<Page<InvitationNode>> {
    const result = await this.ctx.session.api.listInvitations({ kind: this.source.kind, id: this.source.id }, { page });
    return mapPage(result, (invitation) => new InvitationNode(this.ctx, this, invitation, this.canManage));
  }
}
