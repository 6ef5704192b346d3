/** One row of "Access requests": a user who asked to join, when, and what GitLab will grant unless told otherwise. */
import * as l10n from '@vscode/l10n';
import type { AccountSession } from '../accounts/sessions';
import { contextValue } from '../domain/contextValue';
import { canManageMembers } from '../domain/permissions';
import { roleName } from '../domain/roles';
import { AccessLevels, type AccessRequest, type Source } from '../gitlab/types';
import type { MemberParent } from './memberNode';
import type { ItemSpec, NodeContext, TooltipLine, TreeNode } from './node';

export class AccessRequestNode implements TreeNode {
  readonly id: string;

  constructor(
    private readonly ctx: NodeContext,
    readonly parent: MemberParent,
    readonly request: AccessRequest,
  ) {
    this.id = `${parent.id}/request:${request.id}`;
  }

  get source(): Source {
    return this.parent.source;
  }

  get session(): AccountSession {
    return this.ctx.session;
  }

  get canManage(): boolean {
    return canManageMembers(this.source.kind, this.parent.access) && !this.ctx.session.readOnly;
  }

  item(): ItemSpec {
    const r = this.request;
    const label = r.name || `@${r.username}`;
    const asked = r.requestedAt.slice(0, 10);
    const lines: TooltipLine[] = [
      { label: l10n.t('Username'), value: `@${r.username}` },
      { label: l10n.t({ message: 'Asked', comment: ['tooltip label: when the person asked to join'] }), value: r.requestedAt.slice(0, 16).replace('T', ' ') },
      { label: l10n.t({ message: 'Asked for', comment: ['tooltip label: what the access request grants'] }), value: l10n.t('access to {0}; GitLab grants {1} unless you choose another role when approving', this.source.fullPath, roleName(AccessLevels.Developer)) },
    ];
    if (r.webUrl) lines.push({ label: l10n.t({ message: 'Profile', comment: ['tooltip label: link to the user\'s GitLab profile'] }), value: r.webUrl });
    return {
      label,
      description: [`@${r.username}`, l10n.t('asked {0}', asked)].join(' · '),
      tooltip: { title: label, lines },
      icon: { id: 'person-add', color: 'list.warningForeground' },
      contextValue: contextValue('accessRequest', { canManage: this.canManage, readOnly: this.ctx.session.readOnly }),
      collapsible: 'none',
    };
  }
}
