/**
 * A bulk action without UI: the one API call it makes per selected row, rows already as asked skipped without
 * a request, the rest changed a few at a time, each with its own result. Changing a role keeps the expiry and
 * setting an expiry keeps the role; removing keeps the person's direct memberships in subgroups and projects
 * (GitLab's `skip_subresources`), as the single Remove does by default. Pure over the API layer.
 */
import * as l10n from '@vscode/l10n';
import type { GitLabApi } from '../gitlab/api';
import type { AccessLevel } from '../gitlab/types';
import { runItems, type ItemResult, type RunOptions } from './runItems';
import type { Selected, SelectedPlace, Skipped } from './selection';

export type BulkChange =
  | { readonly action: 'changeRole'; readonly accessLevel: AccessLevel }
  | { readonly action: 'setExpiry'; readonly expiresAt: string | null }
  | { readonly action: 'remove' }
  | { readonly action: 'revoke' };

/** Whether the row already is as asked (nothing to send). */
export function alreadyThere(change: BulkChange, t: Selected): boolean {
  const current = t.kind === 'member' ? t.member : t.invitation;
  if (change.action === 'changeRole') return current.accessLevel === change.accessLevel;
  if (change.action === 'setExpiry') return (current.expiresAt?.slice(0, 10) ?? null) === change.expiresAt;
  return false;
}

export function applyChange(api: GitLabApi, change: BulkChange, t: Selected, signal?: AbortSignal): Promise<unknown> {
  const ref = { kind: t.place.source.kind, id: t.place.source.id };
  const opts = { signal };
  if (t.kind === 'invitation') {
    const email = t.invitation.email;
    switch (change.action) {
      case 'changeRole': return api.editInvitation(ref, email, { accessLevel: change.accessLevel }, opts);
      case 'setExpiry': return api.editInvitation(ref, email, { expiresAt: change.expiresAt }, opts);
      case 'revoke': return api.deleteInvitation(ref, email, opts);
      case 'remove': return Promise.reject(new Error(l10n.t('An invitation is revoked, not removed.')));
    }
  }
  const { id, accessLevel, memberRoleId } = t.member;
  const role = memberRoleId ? { memberRoleId } : {};
  switch (change.action) {
    case 'changeRole': return api.editMember(ref, id, { accessLevel: change.accessLevel }, opts);
    case 'setExpiry': return api.editMember(ref, id, { accessLevel, expiresAt: change.expiresAt, ...role }, opts);
    case 'remove': return api.removeMember(ref, id, { ...opts, skipSubresources: true, unassignIssuables: false });
    case 'revoke': return Promise.reject(new Error(l10n.t('A member is removed, not revoked.')));
  }
}

export interface BulkOutcome<P extends SelectedPlace = SelectedPlace> {
  readonly results: Array<ItemResult<Selected<P>>>;
  readonly skipped: Array<Skipped<P>>;
}

export async function runBulk<P extends SelectedPlace>(
  apiFor: (place: P) => GitLabApi,
  change: BulkChange,
  targets: ReadonlyArray<Selected<P>>,
  opts: RunOptions = {},
): Promise<BulkOutcome<P>> {
  const unchanged = targets.filter((t) => alreadyThere(change, t));
  const todo = targets.filter((t) => !unchanged.includes(t));
  const results = await runItems(todo, (t) => applyChange(apiFor(t.place), change, t, opts.signal), opts);
  return { results, skipped: unchanged.map((target) => ({ target, reason: l10n.t({ message: 'already so', comment: ['why a row was skipped: it already has the role or expiry asked for'] }) })) };
}
