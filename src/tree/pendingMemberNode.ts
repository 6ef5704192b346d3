/** One row of "Awaiting approval": a user (name, @username) or an invited email waiting for an Owner. */
import * as l10n from '@vscode/l10n';
import type { AccountSession } from '../accounts/sessions';
import { contextValue } from '../domain/contextValue';
import { canManageMembers } from '../domain/permissions';
import type { PendingMember, Source } from '../gitlab/types';
import type { MemberParent } from './memberNode';
import type { ItemSpec, NodeContext, TooltipLine, TreeNode } from './node';

export class PendingMemberNode implements TreeNode {
  readonly id: string;

  constructor(
    private readonly ctx: NodeContext,
    readonly parent: MemberParent,
    /** `pending.id` is the MEMBER id that `approveMember` takes, not a user id. */
    readonly pending: PendingMember,
  ) {
    this.id = `${parent.id}/pending:${pending.id}`;
  }

  get source(): Source {
    return this.parent.source;
  }

  get session(): AccountSession {
    return this.ctx.session;
  }

  get canManage(): boolean {
    return canManageMembers('group', this.parent.access);
  }

  item(): ItemSpec {
    const p = this.pending;
    const label = p.name || p.username || p.email || l10n.t('member {0}', p.id);
    const description = [p.username ? `@${p.username}` : undefined, p.invited ? l10n.t({ message: 'invitation', comment: ['row note: the person was invited by email'] }) : undefined, l10n.t('awaiting approval')]
      .filter(Boolean).join(' · ');
    const lines: TooltipLine[] = [{ label: l10n.t({ message: 'State', comment: ['tooltip label: the membership\'s state'] }), value: l10n.t('awaiting approval by an Owner of this group') }];
    if (p.username) lines.push({ label: l10n.t('Username'), value: `@${p.username}` });
    if (p.email) lines.push({ label: l10n.t('Email'), value: p.email });
    lines.push({ label: l10n.t({ message: 'Kind', comment: ['tooltip label: email invitation or GitLab user'] }), value: p.invited ? l10n.t('email invitation') : l10n.t('GitLab user') });
    if (p.webUrl) lines.push({ label: l10n.t({ message: 'Profile', comment: ['tooltip label: link to the user\'s GitLab profile'] }), value: p.webUrl });
    return {
      label,
      description,
      tooltip: { title: label, lines },
      icon: { id: p.invited ? 'mail' : 'watch', color: 'list.warningForeground' },
      contextValue: contextValue('pendingMember', {
        awaiting: true, invited: p.invited, canManage: this.canManage, readOnly: this.ctx.session.readOnly,
      }),
      collapsible: 'none',
    };
  }
}
