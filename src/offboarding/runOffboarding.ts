/**
 * Carries out an offboarding plan and says, per row, what happened. Per top-level group on the fast path: one
 * `DELETE billable_members` (asking again when it was already scheduled is fine), then a wait until GitLab's
 * worker has removed the memberships (awaitSeatRemoval.ts). Every other row: its own removal, keeping GitLab's
 * hands off sub-memberships (`skip_subresources`). A row already gone counts as done, so running twice is safe.
 * No vscode.
 */
import * as l10n from '@vscode/l10n';
import { runItems, type ItemResult, type RunOptions } from '../bulk/runItems';
import { userMessageOf } from '../domain/errors';
import { mapLimited, WORK_CONCURRENCY } from '../shared/pool';
import type { GitLabApi } from '../gitlab/api';
import { isGitLabError } from '../gitlab/errors';
import { isAlreadyScheduled } from '../gitlab/seats';
import type { Group } from '../gitlab/types';
import { awaitSeatRemoval, type AwaitRemovalOptions } from '../seats/awaitSeatRemoval';
import type { OffboardPerson } from './collectOffboarding';
import type { OffboardPlan, PlanRow } from './planOffboarding';

export type RemoveRow = Extract<PlanRow, { action: 'remove' }>;

export interface OffboardRunOptions extends RunOptions {
  /** Tuning of the wait for GitLab's background removal (tests shorten it). */
  readonly await?: Omit<AwaitRemovalOptions, 'signal'>;
  /** Told when GitLab has scheduled a top-level group's removal and the wait begins. */
  readonly onScheduled?: (root: Group) => void;
}

const stillThere = () => l10n.t('still there after two minutes: GitLab may still be working on it, or kept a last Owner');
const gone = (e: unknown) => isGitLabError(e) && e.kind === 'not-found';

async function removeRow(api: GitLabApi, person: OffboardPerson, row: RemoveRow, signal?: AbortSignal): Promise<void> {
  const { hit } = row;
  const ref = { kind: hit.source.kind, id: hit.source.id };
  try {
    if (hit.kind === 'member') await api.removeMember(ref, person.userId, { skipSubresources: true, signal });
    else await api.deleteInvitation(ref, hit.invitation.email, { signal });
  } catch (error) {
    if (!gone(error)) throw error;
  }
}

async function removeSeat(api: GitLabApi, person: OffboardPerson, root: Group, rows: readonly RemoveRow[], opts: OffboardRunOptions): Promise<ItemResult<RemoveRow>[]> {
  try {
    await api.removeBillableMember(root.id, person.userId, { signal: opts.signal }).catch((e: unknown) => {
      if (!isAlreadyScheduled(e)) throw e;
    });
  } catch (error) {
    if (opts.signal?.aborted) return rows.map((item) => ({ item, status: 'cancelled' }));
    return rows.map((item) => ({ item, status: 'failed', error: userMessageOf(error) }));
  }
  opts.onScheduled?.(root);
  try {
    await awaitSeatRemoval(api, root.id, person.userId, { ...opts.await, signal: opts.signal });
    // Each row asked again by its own place: what GitLab's worker left is reported as such.
    return await mapLimited(rows, WORK_CONCURRENCY, async (item): Promise<ItemResult<RemoveRow>> => {
      const ref = { kind: item.hit.source.kind, id: item.hit.source.id };
      const still = await api.getMember(ref, person.userId, { signal: opts.signal }).then(() => true, (e: unknown) => {
        if (gone(e)) return false;
        throw e;
      });
      return still ? { item, status: 'failed', error: stillThere() } : { item, status: 'done' };
    });
  } catch (error) {
    const why = opts.signal?.aborted ? l10n.t('you stopped waiting') : userMessageOf(error);
    return rows.map((item) => ({ item, status: opts.signal?.aborted ? 'cancelled' : 'failed', error: l10n.t('not checked: {0}; GitLab goes on in the background', why) }));
  }
}

export async function runOffboarding(api: GitLabApi, person: OffboardPerson, plan: OffboardPlan, opts: OffboardRunOptions = {}): Promise<ItemResult<RemoveRow>[]> {
  const removals = plan.rows.filter((r): r is RemoveRow => r.action === 'remove');
  const byRoot = new Map<Group, RemoveRow[]>();
  for (const row of removals) if (row.by === 'seats' && row.root) byRoot.set(row.root, [...(byRoot.get(row.root) ?? []), row]);
  const single = removals.filter((r) => r.by === 'row');
  const seatResults = [];
  for (const [root, rows] of byRoot) seatResults.push(...(await removeSeat(api, person, root, rows, opts)));
  const rowResults = await runItems(single, (row) => removeRow(api, person, row, opts.signal), opts);
  return [...seatResults, ...rowResults];
}
