/** A member's tooltip: every field GitLab gave, as escaped text lines (toTreeItem appends them with appendText). */
import * as l10n from '@vscode/l10n';
import { describeExpiryLong } from '../domain/expiry';
import { roleName } from '../domain/roles';
import type { Member, Source } from '../gitlab/types';
import { inheritedText } from '../domain/membershipSource';
import type { TooltipSpec, TooltipLine } from './node';

export function memberTooltip(m: Member, listedIn: Source, now: Date): TooltipSpec {
  const lines: TooltipLine[] = [
    { label: l10n.t('Username'), value: `@${m.username}` },
    { label: l10n.t({ message: 'Role', comment: ['tooltip label: the access role (Developer, Maintainer, …)'] }), value: roleName(m.accessLevel) },
    { label: l10n.t('Expires'), value: m.expiresAt ? describeExpiryLong(m.expiresAt, now) : l10n.t({ message: 'never', comment: ['tooltip value: access that does not expire'] }) },
    { label: l10n.t({ message: 'Source', comment: ['tooltip label: where the membership comes from (direct or inherited)'] }), value: m.inheritedFrom ? inheritedText(m.inheritedFrom) : l10n.t('direct member of {0}', listedIn.fullPath) },
    { label: l10n.t('Membership'), value: m.membershipState === 'awaiting' ? l10n.t('awaiting approval by an Owner') : m.membershipState || 'active' },
    { label: l10n.t({ message: 'Account', comment: ['tooltip label: the state of the user\'s GitLab account'] }), value: m.state || 'active' },
  ];
  if (m.email) lines.push({ label: l10n.t('Email'), value: m.email });
  if (m.createdBy) lines.push({ label: l10n.t('Added by'), value: `${m.createdBy.name} (@${m.createdBy.username})` });
  if (m.createdAt) lines.push({ label: l10n.t('Added on'), value: m.createdAt.slice(0, 10) });
  if (m.memberRoleId !== undefined) lines.push({ label: l10n.t('Custom role'), value: m.memberRoleName ? `${m.memberRoleName} (#${m.memberRoleId})` : `#${m.memberRoleId}` });
  if (m.locked) lines.push({ label: l10n.t('Sign-in'), value: l10n.t('locked (too many failed attempts)') });
  if (m.samlIdentity) lines.push({ label: l10n.t('SAML identity'), value: `${m.samlIdentity.externUid} (${m.samlIdentity.provider})` });
  // l10n-ignore: the label is the product name LDAP
  if (m.ldapOverride !== undefined) lines.push({ label: 'LDAP', value: m.ldapOverride ? l10n.t('role overridden here (Group Sync does not reset it)') : l10n.t('role set by LDAP Group Sync') });
  if (m.webUrl) lines.push({ label: l10n.t({ message: 'Profile', comment: ['tooltip label: link to the user\'s GitLab profile'] }), value: m.webUrl });
  return { title: m.name || m.username, lines };
}
