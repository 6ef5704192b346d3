/**
 * GitLab removes a seat in the background (DELETE billable_members schedules; a worker removes each membership
 * later, usually within a minute). This asks again, waiting longer each time, until none of the person's direct
 * memberships in the hierarchy is left, or the time is up; either way it returns what is left, so the caller
 * can report per membership. Memberships through shares are never removed and do not count. No vscode.
 */
import type { GitLabApi } from '../gitlab';
import { isGitLabError } from '../gitlab';
import { sleep } from '../gitlab/callContext';
import type { BillableMembership } from '../gitlab/seats';

export interface AwaitRemovalOptions {
  readonly signal?: AbortSignal;
  /** Give up after this long (default two minutes). */
  readonly timeoutMs?: number;
  /** First wait; each next one doubles, up to `maxWaitMs` (defaults 1 s and 15 s). */
  readonly firstWaitMs?: number;
  readonly maxWaitMs?: number;
  /** Told before each new look, with what was still there at the last one. */
  readonly onCheck?: (left: readonly BillableMembership[]) => void;
  readonly wait?: (ms: number, signal?: AbortSignal) => Promise<void>;
  readonly now?: () => number;
}

export interface RemovalState {
  /** Direct memberships still there at the last look ([] when GitLab is done). */
  readonly left: readonly BillableMembership[];
  readonly done: boolean;
}

/** The direct memberships GitLab still lists; a person no longer billed at all ("404 User Not Found") has none. */
export async function directMembershipsLeft(api: GitLabApi, groupId: number | string, userId: number, signal?: AbortSignal): Promise<BillableMembership[]> {
  try {
    return (await api.allBillableMemberships(groupId, userId, { signal })).filter((m) => !m.viaShare);
  } catch (error) {
    if (isGitLabError(error) && error.kind === 'not-found') return [];
    throw error;
  }
}

export async function awaitSeatRemoval(api: GitLabApi, groupId: number | string, userId: number, opts: AwaitRemovalOptions = {}): Promise<RemovalState> {
  const now = opts.now ?? Date.now;
  const wait = opts.wait ?? sleep;
  const deadline = now() + (opts.timeoutMs ?? 120_000);
  let delay = opts.firstWaitMs ?? 1_000;
  let left = await directMembershipsLeft(api, groupId, userId, opts.signal);
  while (left.length > 0 && now() + delay <= deadline) {
    opts.onCheck?.(left);
    await wait(delay, opts.signal);
    delay = Math.min(delay * 2, opts.maxWaitMs ?? 15_000);
    left = await directMembershipsLeft(api, groupId, userId, opts.signal);
  }
  return { left, done: left.length === 0 };
}
