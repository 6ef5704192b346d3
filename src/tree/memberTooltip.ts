/** A member's tooltip: every field GitLab gave, as escaped text lines (toTreeItem appends them with appendText). */
import { describeExpiryLong } from '../domain/expiry';
import { roleName } from '../domain/roles';
import type { Member, MembershipSource, Source } from '../gitlab/types';
import type { TooltipSpec, TooltipLine } from './node';

export function memberTooltip(m: Member, listedIn: Source, now: Date): TooltipSpec {
  const lines: TooltipLine[] = [
    { label: 'Username', value: `@${m.username}` },
    { label: 'Role', value: roleName(m.accessLevel) },
    { label: 'Expires', value: m.expiresAt ? describeExpiryLong(m.expiresAt, now) : 'never' },
    { label: 'Source', value: m.inheritedFrom ? inheritedText(m.inheritedFrom) : `direct member of ${listedIn.fullPath}` },
    { label: 'Membership', value: m.membershipState === 'awaiting' ? 'awaiting approval by an Owner' : m.membershipState || 'active' },
    { label: 'Account', value: m.state || 'active' },
  ];
  if (m.email) lines.push({ label: 'Email', value: m.email });
  if (m.createdBy) lines.push({ label: 'Added by', value: `${m.createdBy.name} (@${m.createdBy.username})` });
  if (m.createdAt) lines.push({ label: 'Added on', value: m.createdAt.slice(0, 10) });
  if (m.memberRoleId !== undefined) lines.push({ label: 'Custom role', value: m.memberRoleName ? `${m.memberRoleName} (#${m.memberRoleId})` : `#${m.memberRoleId}` });
  if (m.locked) lines.push({ label: 'Sign-in', value: 'locked (too many failed attempts)' });
  if (m.samlIdentity) lines.push({ label: 'SAML identity', value: `${m.samlIdentity.externUid} (${m.samlIdentity.provider})` });
  if (m.ldapOverride !== undefined) lines.push({ label: 'LDAP', value: m.ldapOverride ? 'role overridden here (Group Sync does not reset it)' : 'role set by LDAP Group Sync' });
  if (m.webUrl) lines.push({ label: 'Profile', value: m.webUrl });
  return { title: m.name || m.username, lines };
}

/** `inherited from acme`, or just `inherited` when GitLab did not say where (a shared group). */
export function inheritedText(from: MembershipSource): string {
  return from.fullPath ? `inherited from ${from.fullPath}` : 'inherited (shared group)';
}

/**
 * A row's short form: `from Platform` (the name the tree shows for that group above the row), else `from
 * acme/platform`, or `from a shared group` when GitLab did not say where. The tooltip has the full path.
 */
export function sourceText(from: MembershipSource, shownName?: string): string {
  if (!from.fullPath) return 'from a shared group';
  return `from ${shownName ?? from.fullPath}`;
}
