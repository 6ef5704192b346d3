/**
 * Carries out a plan: one request per change, a few at a time, each with its own result; a failure is reported
 * and the rest still done. Adding a member invites the user by id. An invite never changes a role nobody
 * planned: someone who became a member or was invited since the plan is left out and reported (plan again);
 * only a planned `add` or `invite` of someone who holds an inherited role goes, as the direct membership it plans. Roles are
 * changed by `change` items alone. Pure over the API layer.
 */
import * as l10n from '@vscode/l10n';
import { outcomeText } from '../domain/inviteWording';
import { runItems, type ItemResult, type RunOptions } from '../bulk/runItems';
import type { GitLabApi } from '../gitlab/api';
import type { InviteOutcome, Source, SourceRef } from '../gitlab/types';
import { sourceName } from './model';
import type { PlanItem, SourcePlan } from './plan';
import { itemText } from './renderPlan';

export interface PlannedChange {
  readonly source: Source;
  readonly item: PlanItem;
}

export function changesOf(plans: readonly SourcePlan[]): PlannedChange[] {
  return plans.flatMap((p) => (p.source && !p.error ? p.items.map((item) => ({ source: p.source as Source, item })) : []));
}

/** `add @alice to group acme (Maintainer, no expiry)`. */
export function changeLabel({ source, item }: PlannedChange): string {
  const { who, what } = itemText(item);
  const place = sourceName(source.kind, source.fullPath);
  switch (item.op) {
    case 'add': return l10n.t('add {who} to {place} ({what})', { who, place, what });
    case 'invite': return l10n.t('invite {who} to {place} ({what})', { who, place, what });
    case 'change':
    case 'changeInvitation': return l10n.t('change {who} in {place} ({what})', { who, place, what });
    case 'remove': return l10n.t('remove {who} from {place} ({what})', { who, place, what });
    case 'revoke': return l10n.t('revoke {who} from {place} ({what})', { who, place, what });
  }
}

export function applyPlan(api: GitLabApi, changes: readonly PlannedChange[], opts: RunOptions = {}): Promise<Array<ItemResult<PlannedChange>>> {
  return runItems(changes, ({ source, item }) => applyOne(api, { kind: source.kind, id: source.id }, item, opts.signal), opts);
}

async function applyOne(api: GitLabApi, ref: SourceRef, item: PlanItem, signal?: AbortSignal): Promise<void> {
  const opts = { signal };
  const expiry = (expiresAt: string | null) => (expiresAt ? { expiresAt } : {});
  switch (item.op) {
    case 'add': {
      const users = [{ id: item.user.id, username: item.user.username }];
      return checkOutcomes(await api.invite(ref, { users, accessLevel: item.want.accessLevel, ...expiry(item.want.expiresAt), sendExisting: (s) => s.as === 'inherited' }, opts));
    }
    case 'invite': // an email whose user is only an inherited member becomes the direct membership the line plans
      return checkOutcomes(await api.invite(ref, { emails: [item.email], accessLevel: item.want.accessLevel, ...expiry(item.want.expiresAt), sendExisting: (s) => s.as === 'inherited' }, opts));
    case 'change':
      await api.editMember(ref, item.member.id, { accessLevel: item.want.accessLevel, expiresAt: item.want.expiresAt }, opts);
      return;
    case 'changeInvitation':
      return api.editInvitation(ref, item.invitation.email, { accessLevel: item.want.accessLevel, expiresAt: item.want.expiresAt }, opts);
    case 'remove':
      return api.removeMember(ref, item.member.id, { ...opts, skipSubresources: true, unassignIssuables: false });
    case 'revoke':
      return api.deleteInvitation(ref, item.invitation.email, opts);
  }
}

/** Done: invited, or nothing to change. Not done: failed, or left out because they have access here since the plan. */
function checkOutcomes(outcomes: readonly InviteOutcome[]): void {
  const failed = outcomes.find((o) => o.status === 'failed' || o.status === 'left');
  if (failed?.status === 'left') throw new Error(l10n.t('{0} (they have access here since the plan was made; plan again).', outcomeText(failed)));
  if (failed) throw new Error(failed.message ?? l10n.t('GitLab did not add {0}.', failed.recipient));
}
