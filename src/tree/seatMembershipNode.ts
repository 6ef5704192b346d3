/** One of a seat's memberships in the top-level group's hierarchy (or through a share): where, which role, until when. */
import * as l10n from '@vscode/l10n';
import { contextValue } from '../domain/contextValue';
import { describeExpiry } from '../domain/expiry';
import type { BillableMembership } from '../gitlab/seats';
import type { ItemSpec, NodeContext, TooltipLine, TreeNode } from './node';

export class SeatMembershipNode implements TreeNode {
  readonly id: string;

  constructor(private readonly ctx: NodeContext, readonly parent: TreeNode, readonly membership: BillableMembership) {
    this.id = `${parent.id}/membership:${membership.viaShare ? 'share' : 'direct'}:${membership.id}`;
  }

  item(): ItemSpec {
    const m = this.membership;
    const expiry = describeExpiry(m.expiresAt, this.ctx.now());
    const how = m.viaShare ? l10n.t('through a share with this group') : undefined;
    const lines: TooltipLine[] = [
      { label: l10n.t('Role'), value: m.roleName },
      { label: l10n.t({ message: 'Held', comment: ['tooltip label: how a membership is held'] }), value: how ?? l10n.t('directly') },
    ];
    if (m.expiresAt) lines.push({ label: l10n.t('Expires'), value: m.expiresAt });
    if (m.sourceMembersUrl) lines.push({ label: l10n.t({ message: 'Members page', comment: ['tooltip label: link to GitLab\'s members page'] }), value: m.sourceMembersUrl });
    return {
      label: m.sourceFullName,
      description: [m.roleName, expiry, how].filter((s): s is string => !!s).join(' · '),
      tooltip: { title: m.sourceFullName, lines },
      icon: { id: m.viaShare ? 'link' : 'key' },
      contextValue: contextValue('seatMembership', { share: m.viaShare }),
      collapsible: 'none',
    };
  }
}
