/** One row of "Groups": a group this group or project is shared with, the most its members get here, until when. */
import * as l10n from '@vscode/l10n';
import type { AccountSession } from '../accounts/sessions';
import { contextValue } from '../domain/contextValue';
import { describeExpiry, describeExpiryLong } from '../domain/expiry';
import { canManageMember, type CallerAccess } from '../domain/permissions';
import { roleName } from '../domain/roles';
import { AccessLevels, type GroupShare, type Source } from '../gitlab/types';
import type { ItemSpec, NodeContext, TooltipLine, TreeNode } from './node';

/** The folder a share row sits in. */
export interface ShareParent extends TreeNode {
  readonly source: Source;
  readonly access: CallerAccess;
}

export class GroupShareNode implements TreeNode {
  readonly id: string;

  constructor(private readonly ctx: NodeContext, readonly parent: ShareParent, readonly share: GroupShare) {
    this.id = `${parent.id}/share:${share.groupId}`;
  }

  get source(): Source {
    return this.parent.source;
  }

  get session(): AccountSession {
    return this.ctx.session;
  }

  /** Group: its Owners; project: Maintainers, but an Owner share only by an Owner (ProjectGroupLinkPolicy). */
  get canManage(): boolean {
    return canManageMember(this.source.kind, this.parent.access, { accessLevel: this.share.accessLevel, inherited: false });
  }

  item(): ItemSpec {
    const s = this.share;
    const now = this.ctx.now();
    const label = s.groupName || s.groupFullPath;
    const lines: TooltipLine[] = [
      { label: l10n.t({ message: 'Group', comment: ['tooltip label: the group a place is shared with'] }), value: s.groupFullPath },
      { label: l10n.t({ message: 'Role', comment: ['tooltip label: the access role (Developer, Maintainer, …)'] }), value: this.source.kind === 'group'
        ? l10n.t('its direct members get up to {0} in {1} and everything below', roleName(s.accessLevel), this.source.fullPath)
        : l10n.t('its members, with those of its parent groups, get up to {0} in {1}', roleName(s.accessLevel), this.source.fullPath) },
      { label: l10n.t('Expires'), value: s.expiresAt ? describeExpiryLong(s.expiresAt, now) : l10n.t({ message: 'never', comment: ['tooltip value: access that does not expire'] }) },
      { label: l10n.t({ message: 'Changing', comment: ['tooltip label: how a share is changed'] }), value: l10n.t('GitLab\'s API cannot change a share\'s role or expiry: remove the share and invite the group again') },
    ];
    return {
      label,
      description: [s.groupFullPath, roleName(s.accessLevel), describeExpiry(s.expiresAt, now)].filter((p): p is string => Boolean(p)).join(' · '),
      tooltip: { title: label, lines },
      icon: { id: 'organization' },
      contextValue: contextValue('groupShare', { canManage: this.canManage, owner: s.accessLevel >= AccessLevels.Owner, readOnly: this.ctx.session.readOnly }),
      collapsible: 'none',
    };
  }
}
