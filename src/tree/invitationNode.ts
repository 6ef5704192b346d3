/** One pending invitation: the email as plain text, `Role · expiry`. */
import { describeExpiry, describeExpiryLong } from '../domain/expiry';
import { contextValue } from '../domain/permissions';
import { roleName } from '../domain/roles';
import type { Invitation } from '../gitlab/types';
import { expiryColor } from './expiryStyle';
import type { ItemSpec, NodeContext, TooltipLine, TreeNode } from './node';

export class InvitationNode implements TreeNode {
  readonly id: string;

  constructor(
    private readonly ctx: NodeContext,
    readonly parent: TreeNode,
    readonly invitation: Invitation,
    readonly canManage: boolean,
  ) {
    this.id = `${parent.id}/invitation:${invitation.id}`;
  }

  item(): ItemSpec {
    const inv = this.invitation;
    const now = this.ctx.now();
    const description = [roleName(inv.accessLevel), describeExpiry(inv.expiresAt, now)].filter(Boolean).join(' · ');
    const lines: TooltipLine[] = [
      { label: 'Role', value: roleName(inv.accessLevel) },
      { label: 'Access expires', value: inv.expiresAt ? describeExpiryLong(inv.expiresAt, now) : 'never' },
    ];
    if (inv.userName) lines.push({ label: 'GitLab user', value: inv.userName });
    if (inv.createdByName) lines.push({ label: 'Invited by', value: inv.createdByName });
    if (inv.createdAt) lines.push({ label: 'Invited on', value: inv.createdAt.slice(0, 10) });
    return {
      label: inv.email,
      description,
      tooltip: { title: inv.email, lines },
      icon: { id: 'mail', color: expiryColor(inv.expiresAt, this.ctx) },
      contextValue: contextValue('invitation', { canManage: this.canManage }),
      collapsible: 'none',
    };
  }
}
