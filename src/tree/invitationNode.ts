/** One pending invitation: the email as plain text, `Role · expiry · invited by … on …`, an escaped tooltip. */
import * as l10n from '@vscode/l10n';
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
    const invited = invitedText(inv.createdByName, inv.createdAt?.slice(0, 10));
    const description = [roleName(inv.accessLevel), describeExpiry(inv.expiresAt, now), invited]
      .filter(Boolean).join(' · ');
    const lines: TooltipLine[] = [
      { label: l10n.t({ message: 'Role', comment: ['tooltip label: the access role (Developer, Maintainer, …)'] }), value: roleName(inv.accessLevel) },
      { label: l10n.t('Access expires'), value: inv.expiresAt ? describeExpiryLong(inv.expiresAt, now) : l10n.t({ message: 'never', comment: ['tooltip value: access that does not expire'] }) },
      { label: l10n.t('Invited to'), value: this.source.fullPath },
    ];
    if (inv.userName) lines.push({ label: l10n.t('GitLab user'), value: inv.userName });
    if (inv.createdByName) lines.push({ label: l10n.t('Invited by'), value: inv.createdByName });
    if (inv.createdAt) lines.push({ label: l10n.t('Invited on'), value: inv.createdAt.slice(0, 10) });
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

/** `invited by Ada Admin on 2024-05-01`, `invited by Ada Admin`, `invited on 2024-05-01`, or nothing. */
function invitedText(by: string | undefined, on: string | undefined): string | undefined {
  if (by && on) return l10n.t('invited by {0} on {1}', by, on);
  if (by) return l10n.t('invited by {0}', by);
  if (on) return l10n.t('invited on {0}', on);
  return undefined;
}
