/** One member: name as plain text, `@username · Role · expiry` and an escaped tooltip. */
import { describeExpiry, describeExpiryLong } from '../domain/expiry';
import { canManageMember, contextValue, type CallerAccess } from '../domain/permissions';
import { roleName } from '../domain/roles';
import type { Member, MembershipSource, SourceKind } from '../gitlab/types';
import { expiryColor } from './expiryStyle';
import type { ItemSpec, NodeContext, TooltipLine, TreeNode } from './node';

export class MemberNode implements TreeNode {
  readonly id: string;

  constructor(
    private readonly ctx: NodeContext,
    readonly parent: TreeNode,
    readonly member: Member,
    readonly sourceKind: SourceKind,
    private readonly access: CallerAccess,
  ) {
    this.id = `${parent.id}/member:${member.id}`;
  }

  get inherited(): boolean {
    return this.member.inheritedFrom !== undefined;
  }

  get canManage(): boolean {
    return canManageMember(this.sourceKind, this.access, { accessLevel: this.member.accessLevel, inherited: this.inherited });
  }

  item(): ItemSpec {
    const m = this.member;
    const now = this.ctx.now();
    const description = [
      `@${m.username}`,
      roleName(m.accessLevel),
      describeExpiry(m.expiresAt, now),
      m.inheritedFrom ? inheritedText(m.inheritedFrom) : undefined,
      m.membershipState === 'awaiting' ? 'awaiting approval' : undefined,
      m.state && m.state !== 'active' ? m.state : undefined,
    ].filter((part): part is string => Boolean(part)).join(' · ');
    return {
      label: m.name || m.username,
      description,
      tooltip: { title: m.name || m.username, lines: this.tooltipLines(now) },
      icon: { id: 'account', color: expiryColor(m.expiresAt, this.ctx) },
      contextValue: contextValue('member', { direct: !this.inherited, inherited: this.inherited, canManage: this.canManage }),
      collapsible: 'none',
    };
  }

  private tooltipLines(now: Date): TooltipLine[] {
    const m = this.member;
    const lines: TooltipLine[] = [
      { label: 'Username', value: `@${m.username}` },
      { label: 'Role', value: roleName(m.accessLevel) },
      { label: 'Expires', value: m.expiresAt ? describeExpiryLong(m.expiresAt, now) : 'never' },
    ];
    if (m.inheritedFrom) lines.push({ label: 'Membership', value: inheritedText(m.inheritedFrom) });
    if (m.membershipState && m.membershipState !== 'active') lines.push({ label: 'State', value: m.membershipState });
    if (m.state && m.state !== 'active') lines.push({ label: 'Account', value: m.state });
    if (m.createdBy) lines.push({ label: 'Added by', value: `${m.createdBy.name} (@${m.createdBy.username})` });
    if (m.createdAt) lines.push({ label: 'Added on', value: m.createdAt.slice(0, 10) });
    return lines;
  }
}

/** `inherited from acme`, or just `inherited` when GitLab did not say where (a shared group). */
function inheritedText(from: MembershipSource): string {
  return from.fullPath ? `inherited from ${from.fullPath}` : 'inherited';
}
