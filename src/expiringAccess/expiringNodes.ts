/**
 * One row of the "Expiring Access" view: who (a member, an invited address, or a group a place is shared with),
 * where, which role and when it ends, coloured once it is close (within `gitlabMembers.expiryWarningDays`) or
 * past. The row carries the session, the source and the member or invitation, like the tree's own rows. Pure: an
 * ItemSpec, no vscode.
 */
import * as l10n from '@vscode/l10n';
import type { AccountSession } from '../accounts/sessions';
import { contextValue } from '../domain/contextValue';
import { describeExpiry, describeExpiryLong, expiryState } from '../domain/expiry';
import { roleName } from '../domain/roles';
import type { Invitation, Member, Source } from '../gitlab/types';
import type { ItemSpec } from '../tree/node';
import { sourceName } from '../domain/sourceName';
import { entryName, type ExpiringEntry } from './collectExpiring';

export interface ExpiringRowEnv {
  readonly now: Date;
  readonly warningDays: number;
  /** Say which account in the description (when several are signed in). */
  readonly showAccount: boolean;
}

export class ExpiringNode {
  readonly parent = undefined;
  readonly id: string;

  constructor(readonly session: AccountSession, readonly entry: ExpiringEntry, private readonly env: ExpiringRowEnv) {
    this.id = `${session.key}/${entry.source.kind}:${entry.source.id}/${kindFacts(entry).key}`;
  }

  get source(): Source {
    return this.entry.source;
  }

  get member(): Member | undefined {
    return this.entry.kind === 'member' ? this.entry.member : undefined;
  }

  get invitation(): Invitation | undefined {
    return this.entry.kind === 'invitation' ? this.entry.invitation : undefined;
  }

  item(): ItemSpec {
    const e = this.entry;
    const { now, warningDays } = this.env;
    const state = expiryState(e.expiresAt, now, warningDays);
    const facts = kindFacts(e);
    const level = facts.level;
    const description = [
      facts.who,
      e.source.fullPath,
      roleName(level),
      describeExpiry(e.expiresAt, now),
      this.env.showAccount ? `@${this.session.account.username}` : undefined,
    ].filter(Boolean).join(' · ');
    return {
      label: entryName(e),
      description,
      icon: {
        id: facts.icon,
        color: state === 'expired' ? 'list.errorForeground' : state === 'soon' ? 'list.warningForeground' : undefined,
      },
      tooltip: {
        title: entryName(e),
        lines: [
          { label: facts.where, value: sourceName(e.source.kind, e.source.fullPath) },
          { label: l10n.t({ message: 'Role', comment: ['tooltip label: the role (access level) held there'] }), value: roleName(level) },
          { label: l10n.t('Access expires'), value: describeExpiryLong(e.expiresAt, now) },
          { label: l10n.t('You may extend it'), value: e.canManage ? l10n.t({ message: 'yes', comment: ['answers "You may extend it"'] }) : facts.notExtended },
        ],
      },
      contextValue: e.kind === 'share' ? contextValue('expiringShare') : contextValue(e.kind === 'member' ? 'expiringMember' : 'expiringInvitation', { canManage: e.canManage }),
      collapsible: 'none',
    };
  }
}

/** What differs between a member's, an invitation's and a share's row. */
function kindFacts(e: ExpiringEntry): { key: string; level: number; who: string; icon: string; where: string; notExtended: string } {
  const roleTooLow = l10n.t('no: managing members there needs a higher role');
  switch (e.kind) {
    case 'member':
      return { key: `user:${e.member.id}`, level: e.member.accessLevel, who: `@${e.member.username}`, icon: 'account', where: l10n.t('Member of'), notExtended: roleTooLow };
    case 'invitation':
      return {
        key: `email:${e.invitation.email}`, level: e.invitation.accessLevel, icon: 'mail', where: l10n.t('Invited to'), notExtended: roleTooLow,
        who: l10n.t({ message: 'invitation', comment: ['a row that is a pending invitation (not a member), before its role and expiry'] }),
      };
    case 'share':
      return {
        key: `share:${e.share.groupId}`, level: e.share.accessLevel, icon: 'organization',
        who: l10n.t({ message: 'group share', comment: ['a row that is a group a place is shared with (GitLab\'s "Groups" tab), before the place'] }),
        where: l10n.t('Invited to'),
        notExtended: e.mayReshare
          ? l10n.t("no: GitLab's API cannot change a share's end date; remove the share and invite the group again")
          : l10n.t("no: GitLab's API cannot change a share's end date, and removing the share and inviting the group again needs a higher role there"),
      };
  }
}
