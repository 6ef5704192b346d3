/**
 * One row of the "Expiring Access" view: who, where, which role and when it ends, coloured once it is close
 * (within `gitlabMembers.expiryWarningDays`) or past. The row carries the session, the source and the member or
 * invitation, like the tree's own rows. Pure: an ItemSpec, no vscode.
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
    const who = entry.kind === 'member' ? `user:${entry.member.id}` : `email:${entry.invitation.email}`;
    this.id = `${session.key}/${entry.source.kind}:${entry.source.id}/${who}`;
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
    const level = e.kind === 'member' ? e.member.accessLevel : e.invitation.accessLevel;
    const description = [
      e.kind === 'member' ? `@${e.member.username}` : l10n.t({ message: 'invitation', comment: ['a row that is a pending invitation (not a member), before its role and expiry'] }),
      e.source.fullPath,
      roleName(level),
      describeExpiry(e.expiresAt, now),
      this.env.showAccount ? `@${this.session.account.username}` : undefined,
    ].filter(Boolean).join(' · ');
    return {
      label: entryName(e),
      description,
      icon: {
        id: e.kind === 'member' ? 'account' : 'mail',
        color: state === 'expired' ? 'list.errorForeground' : state === 'soon' ? 'list.warningForeground' : undefined,
      },
      tooltip: {
        title: entryName(e),
        lines: [
          { label: e.kind === 'member' ? l10n.t('Member of') : l10n.t('Invited to'), value: sourceName(e.source.kind, e.source.fullPath) },
          { label: l10n.t({ message: 'Role', comment: ['tooltip label: the role (access level) held there'] }), value: roleName(level) },
          { label: l10n.t('Access expires'), value: describeExpiryLong(e.expiresAt, now) },
          { label: l10n.t('You may extend it'), value: e.canManage ? l10n.t({ message: 'yes', comment: ['answers "You may extend it"'] }) : l10n.t('no: managing members there needs a higher role') },
        ],
      },
      contextValue: contextValue(e.kind === 'member' ? 'expiringMember' : 'expiringInvitation', { canManage: e.canManage }),
      collapsible: 'none',
    };
  }
}
