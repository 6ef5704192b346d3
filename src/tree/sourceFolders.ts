/** The folders every group and project shows after its own children: Members, then Invitations. */
import type { CallerAccess } from '../domain/permissions';
import type { Source } from '../gitlab/types';
import { InvitationsFolderNode } from './invitationsFolderNode';
import { MembersFolderNode } from './membersFolderNode';
import type { NodeContext, TreeNode } from './node';

export function sourceFolders(ctx: NodeContext, parent: TreeNode, source: Source, access: CallerAccess): TreeNode[] {
  return [
    new MembersFolderNode(ctx, parent, source, access),
    new InvitationsFolderNode(ctx, parent, source, access),
  ];
}
