/**
 * One seat of a top-level group: who, when GitLab last saw them active, why they take a seat. Expands to their
 * memberships in the hierarchy (and through shares, where the server lists those), loaded when opened.
 */
import * as l10n from '@vscode/l10n';
import type { AccountSession } from '../accounts/sessions';
import { contextValue } from '../domain/contextValue';
import { canManageMembers } from '../domain/permissions';
import { describeActivity, isDormant } from '../domain/seatActivity';
import type { BillableMember, SeatMembershipType } from '../gitlab/seats';
import type { Source } from '../gitlab/types';
import { listRows } from './listRows';
import type { CallerAccess } from '../domain/permissions';
import type { ItemSpec, LoadsMore, NodeContext, TooltipLine, TreeNode } from './node';
import { PagedList } from './pagedList';
import { SeatMembershipNode } from './seatMembershipNode';

/** The folder a seat row sits in. */
export interface SeatParent extends TreeNode {
  readonly source: Source;
  readonly access: CallerAccess;
}

function typeText(type: SeatMembershipType): string {
  switch (type) {
    case 'group_member': return l10n.t('member of a group in the hierarchy');
    case 'project_member': return l10n.t('member of a project in the hierarchy (not of a group)');
    case 'group_invite': return l10n.t('member of a group this group or a subgroup is shared with');
    case 'project_invite': return l10n.t('member of a group a project here is shared with');
  }
}

export class SeatNode implements LoadsMore {
  readonly id: string;
  private list: PagedList<SeatMembershipNode>;

  constructor(private readonly ctx: NodeContext, readonly parent: SeatParent, readonly seat: BillableMember) {
    this.id = `${parent.id}/seat:${seat.id}`;
    this.list = this.newList();
  }

  get source(): Source {
    return this.parent.source;
  }

  get session(): AccountSession {
    return this.ctx.session;
  }

  /** The caller may remove this person from the whole hierarchy. */
  get canRemove(): boolean {
    return this.seat.removable && this.seat.isLastOwner !== true && canManageMembers('group', this.parent.access) && !this.ctx.session.readOnly;
  }

  item(): ItemSpec {
    const s = this.seat;
    const now = this.ctx.now();
    const label = s.name || `@${s.username}`;
    const activity = describeActivity(s.lastActivityOn, now);
    const lines: TooltipLine[] = [
      { label: l10n.t('Username'), value: `@${s.username}` },
      { label: l10n.t({ message: 'Last activity', comment: ['tooltip label: when GitLab last saw the user active'] }), value: s.lastActivityOn ? `${s.lastActivityOn} (${activity})` : activity },
      { label: l10n.t({ message: 'Last sign-in', comment: ['tooltip label: when the user last signed in'] }), value: s.lastLoginAt ? s.lastLoginAt.slice(0, 16).replace('T', ' ') : l10n.t('never') },
      { label: l10n.t({ message: 'Takes a seat as', comment: ['tooltip label: why the user counts as a billable seat'] }), value: typeText(s.membershipType) },
      {
        label: l10n.t({ message: 'Removable', comment: ['tooltip label: whether GitLab can remove the user from the hierarchy'] }),
        value: s.removable ? l10n.t('yes, from {0}, its subgroups and projects', this.source.fullPath)
          : l10n.t('no: they are here only through a share; remove the share or remove them from the other group'),
      },
    ];
    if (s.isLastOwner) lines.push({ label: l10n.t('Owner'), value: l10n.t('the only Owner of {0}: GitLab keeps them', this.source.fullPath) });
    if (s.email) lines.push({ label: l10n.t('Email'), value: s.email });
    const dormant = isDormant(s.lastActivityOn, now);
    return {
      label,
      description: [`@${s.username}`, activity, s.removable ? undefined : l10n.t('through a share')].filter((x): x is string => !!x).join(' · '),
      tooltip: { title: label, lines },
      icon: dormant ? { id: 'account', color: 'list.warningForeground' } : { id: 'account' },
      contextValue: contextValue('seat', { removable: s.removable, canManage: this.canRemove, lastOwner: s.isLastOwner === true, readOnly: this.ctx.session.readOnly }),
      collapsible: 'collapsed',
    };
  }

  async children(): Promise<TreeNode[]> {
    await this.list.ensureStarted();
    const { rows } = listRows(this.list, this, 'memberships', l10n.t('memberships'), l10n.t('No memberships left in {0}', this.source.fullPath));
    return rows;
  }

  loaded(): readonly TreeNode[] {
    return this.list.items;
  }

  loadMore(): Promise<void> {
    return this.list.loadMore();
  }

  reset(): void {
    this.list.abort();
    this.list = this.newList();
  }

  private newList(): PagedList<SeatMembershipNode> {
    return new PagedList(async (page, signal) => {
      const rows = await this.ctx.session.api.allBillableMemberships(this.source.id, this.seat.id, { signal });
      const items = rows.map((m) => new SeatMembershipNode(this.ctx, this, m));
      return { items, page, perPage: items.length, nextPage: null, total: items.length, totalPages: 1 };
    }, this.ctx.signal);
  }
}
