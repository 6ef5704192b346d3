/** How actions name people and places in titles, confirmations and notifications. */
import * as l10n from '@vscode/l10n';
import { describeExpiryLong } from '../../domain/expiry';
import { roleName } from '../../domain/roles';
import type { AccessLevel, Source } from '../../gitlab/types';

/** `Bob Brown (@bob)`, or `@bob` when GitLab gave no name. */
export function personLabel(person: { readonly name?: string; readonly username?: string; readonly email?: string }): string {
  if (person.username) return person.name ? `${person.name} (@${person.username})` : `@${person.username}`;
  return person.name || person.email || l10n.t('this person');
}

/** `the group acme` / `the project acme/website`. */
export function placeLabel(source: Source): string {
  return source.kind === 'group' ? l10n.t('the group {0}', source.fullPath) : l10n.t('the project {0}', source.fullPath);
}

/** `Maintainer, access expires 2027-01-31 (in 70 days)` or `Maintainer, no expiry`. */
export function grantLabel(level: AccessLevel, expiresAt: string | null, now = new Date()): string {
  return expiresAt
    ? l10n.t('{0}, access expires {1}', roleName(level), describeExpiryLong(expiresAt, now))
    : l10n.t('{0}, no expiry', roleName(level));
}
