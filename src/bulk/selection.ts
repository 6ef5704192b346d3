/**
 * Which of the selected tree rows a bulk action applies to, and why the others are left alone: invitations
 * for member actions and the other way round, inherited members (changed where they are held), rows the
 * caller's role or a read-only token does not allow, and the same membership selected twice. Pure: no vscode.
 */
import * as l10n from '@vscode/l10n';
import { canManageMember, canManageMembers } from '../domain/permissions';
import type { AccessLevel, Invitation, Member, Source } from '../gitlab/types';

export type BulkAction = 'changeRole' | 'setExpiry' | 'remove' | 'revoke';

/** Where a selected row is: the account (by key), the group or project, and the caller's role there. */
export interface SelectedPlace {
  readonly accountKey: string;
  readonly readOnly: boolean;
  readonly source: Source;
  readonly callerLevel: AccessLevel | undefined;
}

export type Selected<P extends SelectedPlace = SelectedPlace> =
  | { readonly kind: 'member'; readonly place: P; readonly member: Member }
  | { readonly kind: 'invitation'; readonly place: P; readonly invitation: Invitation };

export interface Skipped<P extends SelectedPlace = SelectedPlace> {
  readonly target: Selected<P>;
  readonly reason: string;
}

export interface Eligibility<P extends SelectedPlace = SelectedPlace> {
  readonly targets: Array<Selected<P>>;
  readonly skipped: Array<Skipped<P>>;
}

export function eligible<P extends SelectedPlace>(action: BulkAction, selected: ReadonlyArray<Selected<P>>): Eligibility<P> {
  const targets: Array<Selected<P>> = [];
  const skipped: Array<Skipped<P>> = [];
  const seen = new Set<string>();
  for (const target of selected) {
    const key = targetKey(target);
    if (seen.has(key)) continue;
    seen.add(key);
    const reason = refusal(action, target);
    if (reason) skipped.push({ target, reason });
    else targets.push(target);
  }
  return { targets, skipped };
}

function refusal(action: BulkAction, t: Selected): string | undefined {
  const { place } = t;
  if (t.kind === 'invitation' && action === 'remove') return l10n.t('an invitation: use Revoke Selected Invitations');
  if (t.kind === 'member' && action === 'revoke') return l10n.t('a member, not an invitation');
  if (t.kind === 'member' && t.member.inheritedFrom) {
    const from = t.member.inheritedFrom.fullPath;
    if (t.member.inheritedFrom.kind === 'share') return l10n.t('through the share with {0}: remove the share, or change it in {0}', from);
    return from ? l10n.t('inherited from {0}: change it there', from) : l10n.t('inherited from a shared group: change it there');
  }
  const access = { level: place.callerLevel, readOnly: place.readOnly };
  if (place.readOnly) return l10n.t('this token is read-only');
  const allowed = t.kind === 'member'
    ? canManageMember(place.source.kind, access, { accessLevel: t.member.accessLevel, inherited: false })
    : canManageMembers(place.source.kind, access);
  return allowed ? undefined : l10n.t('your role in {0} does not allow it', place.source.fullPath);
}

export function targetKey(t: Selected): string {
  const who = t.kind === 'member' ? `user:${t.member.id}` : `email:${t.invitation.email.toLowerCase()}`;
  return `${t.place.accountKey}|${t.place.source.kind}:${t.place.source.id}|${who}`;
}

/** `Carol Chen (@carol) in acme` / `contractor@example.org in acme`. */
export function targetLabel(t: Selected): string {
  const who = t.kind === 'member'
    ? (t.member.name ? `${t.member.name} (@${t.member.username})` : `@${t.member.username}`)
    : t.invitation.email;
  return l10n.t({ message: '{0} in {1}', args: [who, t.place.source.fullPath], comment: ['a member or invitation in a group or project: "Carol Chen (@carol) in acme"'] });
}

/** The distinct groups and projects of the targets (to reload them in the tree afterwards). */
export function placesOf<P extends SelectedPlace>(targets: ReadonlyArray<Selected<P>>): P[] {
  const byKey = new Map<string, P>();
  for (const t of targets) byKey.set(`${t.place.accountKey}|${t.place.source.kind}:${t.place.source.id}`, t.place);
  return [...byKey.values()];
}
