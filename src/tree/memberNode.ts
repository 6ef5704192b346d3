/**
 * One member: name as plain text, `@username · Role · expiry` (inherited: `from Acme · Role · expiry · @username`),
 * an icon by state (inherited, expiring soon, expired, awaiting approval, blocked) and an escaped tooltip with
 * every field GitLab gave.
 */
import * as l10n from '@vscode/l10n';
import type { AccountSession } from '../accounts/sessions';
import { contextValue } from '../domain/contextValue';
import { describeExpiry } from '../domain/expiry';
import { canManageMember, type CallerAccess } from '../domain/permissions';
import { roleName } from '../domain/roles';
import { AccessLevels, type Member, type Source } from '../gitlab/types';
import { memberIcon } from './expiryStyle';
import { sourceText } from '../domain/membershipSource';
import { memberTooltip } from './memberTooltip';
import { isSourceNode, type ItemSpec, type NodeContext, type TreeNode } from './node';

/** The folder a member row is in: where the membership is listed, and the caller's role there. */
export interface MemberParent extends TreeNode {
  readonly source: Source;
  readonly access: CallerAccess;
}

export class MemberNode implements TreeNode {
  readonly id: string;

  constructor(
    private readonly ctx: NodeContext,
    readonly parent: MemberParent,
    readonly member: Member,
  ) {
    this.id = `${parent.id}/member:${member.id}`;
  }

  /** The group or project this row is listed under. */
  get source(): Source {
    return this.parent.source;
  }

  get session(): AccountSession {
    return this.ctx.session;
  }

  get inherited(): boolean {
    return this.member.inheritedFrom !== undefined;
  }

  /**
   * The name the tree shows for the ancestor group at `fullPath` ("Platform" for acme/platform), when that group
   * is a row above this one: shorter than its path, and the word the person sees in the tree.
   */
  private ancestorName(fullPath: string): string | undefined {
    for (let node: TreeNode | undefined = this.parent; node; node = node.parent) {
      if (isSourceNode(node) && node.source.kind === 'group' && node.source.fullPath === fullPath) return node.source.name;
    }
    return undefined;
  }

  get isSelf(): boolean {
    return this.member.id === this.ctx.session.account.userId;
  }

  get canManage(): boolean {
    return canManageMember(this.source.kind, this.parent.access, { accessLevel: this.member.accessLevel, inherited: this.inherited });
  }

  item(): ItemSpec {
    const m = this.member;
    const now = this.ctx.now();
    const awaiting = m.membershipState === 'awaiting';
    const blocked = m.state !== '' && m.state !== 'active';
    // Where an inherited role comes from goes first, so a narrow side bar cuts the username, not the source.
    const description = [
      m.inheritedFrom ? sourceText(m.inheritedFrom, this.ancestorName(m.inheritedFrom.fullPath)) : `@${m.username}`,
      roleName(m.accessLevel),
      describeExpiry(m.expiresAt, now),
      m.inheritedFrom ? `@${m.username}` : undefined,
      awaiting ? l10n.t('awaiting approval') : undefined,
      blocked ? m.state : undefined,
      m.ldapOverride === undefined ? undefined
        : m.ldapOverride ? l10n.t({ message: 'LDAP, overridden', comment: ['a member from LDAP Group Sync whose role was overridden here'] })
          : l10n.t({ message: 'LDAP', comment: ['a member whose role LDAP Group Sync sets'] }),
    ].filter((part): part is string => Boolean(part)).join(' · ');
    return {
      label: m.name || m.username,
      description,
      tooltip: memberTooltip(m, this.source, now),
      icon: memberIcon(m, this.ctx),
      contextValue: contextValue('member', {
        direct: !this.inherited, inherited: this.inherited, canManage: this.canManage, self: this.isSelf,
        owner: m.accessLevel >= AccessLevels.Owner, awaiting, blocked, hasEmail: Boolean(m.email),
        topLevel: this.source.kind === 'group' && this.source.parentId === null,
        ldap: m.ldapOverride === false, override: m.ldapOverride === true, readOnly: this.ctx.session.readOnly,
      }),
      collapsible: 'none',
    };
  }
}
