/** One pending invitation: the email as plain text, `Role · expiry · invited by … on …`, an escaped tooltip. */
import type { AccountSession } from '../accounts/sessions';
import { contextValue } from '../domain/contextValue';
import { describeExpiry, describeExpiryLong } from '../domain/expiry';
import { canManageMembers } from '../domain/permissions';
import { roleName } from '../domain/roles';
import type { Invitation, Source } from '../gitlab/types';
import { expiryColor } from './expiryStyle';
import type { MemberParent } from './memberNode';
import type { ItemSpec, NodeContext, TooltipLine, TreeNode } from './node';

export class InvitationNode implements TreeNode {
  readonly id: string;

  constructor(
    private readonly ctx: NodeContext,
    readonly parent: MemberParent,
    readonly invitation: Invitation,
  ) {
    this.id = `${parent.id}/invitation:${invitation.email.toLowerCase()}`;
  }

  get source(): Source {
    return this.parent.source;
  }

  get session(): AccountSession {
    return this.ctx.session;
  }

  get canManage(): boolean {
    return canManageMembers(this.source.kind, this.parent.access);
  }

  item(): ItemSpec {
    const inv = this.invitation;
    const now = this.ctx.now();
    const invited = [inv.createdByName ? `by ${inv.createdByName}` : undefined, inv.createdAt ? `on ${inv.createdAt.slice(0, 10)}` : undefined]
      .filter(Boolean).join(' ');
    const description = [roleName(inv.accessLevel), describeExpiry(inv.expiresAt, now), invited ? `invited ${invited}` : undefined]
      .filter(Boolean).join(' · ');
    const lines: TooltipLine[] = [
      { label: 'Role', value: roleName(inv.accessLevel) },
      { label: 'Access expires', value: inv.expiresAt ? describeExpiryLong(inv.expiresAt, now) : 'never' },
      { label: 'Invited to', value: this.source.fullPath },
    ];
    if (inv.userName) lines.push({ label: 'GitLab user', value: inv.userName });
    if (inv.createdByName) lines.push({ label: 'Invited by', value: inv.createdByName });
    if (inv.createdAt) lines.push({ label: 'Invited on', value: inv.createdAt.slice(0, 10) });
    return {
      label: inv.email,
      description,
      tooltip: { title: inv.email, lines },
      icon: { id: 'mail', color: expiryColor(inv.expiresAt, this.ctx) },
      contextValue: contextValue('invitation', { canManage: this.canManage, readOnly: this.ctx.session.readOnly }),
      collapsible: 'none',
    };
  }
}
