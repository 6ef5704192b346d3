// DELETE /groups/:id/billable_members/:user_id schedules; a worker removes later (ee/app/services/members/
// schedule_deletion_service.rb, ee/app/models/members/deletion_schedule.rb, ee/app/workers/members/
// prune_deletions_worker.rb): every membership of the user in the top-level group's hierarchy goes through
// Members::DestroyService with skip_subresources, in batches; one it may not destroy (a last Owner) stops the
// run, drops the schedule and leaves what is left. Memberships through shares live on the other group: kept.
//
// The emulator runs due schedules at the start of each request once `delayMs` has passed (GitLab: a cron worker,
// usually within a minute), and all of them on demand (POST /__emulator/workers/member-deletions).
import { ownerIds } from './access';
import { membershipsInHierarchy } from './billing';
import type { Store } from './store';
import type { Group } from './types';

interface Schedule {
  readonly rootId: number;
  readonly userId: number;
  readonly scheduledById: number;
  readonly at: number;
}

export class MemberDeletions {
  private readonly schedules: Schedule[] = [];

  constructor(private readonly store: Store, private readonly delayMs: number) {}

  /** Validation errors as GitLab's model gives them (`["User must exist"]`), or none: scheduled. */
  schedule(root: Group, userId: number, scheduledById: number, now = Date.now()): string[] {
    if (!this.store.userById(userId)) return ['User must exist'];
    if (this.schedules.some((s) => s.rootId === root.id && s.userId === userId)) return ['User already scheduled for deletion'];
    this.schedules.push({ rootId: root.id, userId, scheduledById, at: now });
    return [];
  }

  pending(): number {
    return this.schedules.length;
  }

  /** Runs the schedules older than the delay; call before each request. */
  tick(now = Date.now()): void {
    if (this.schedules.some((s) => now - s.at >= this.delayMs)) this.run((s) => now - s.at >= this.delayMs);
  }

  /** Runs due schedules (all by default); returns how many memberships went. */
  run(due: (s: Schedule) => boolean = () => true): { removed: number } {
    let removed = 0;
    for (const s of this.schedules.filter(due)) {
      this.schedules.splice(this.schedules.indexOf(s), 1);
      const root = this.store.groups.get(s.rootId);
      if (!root) continue;
      for (const { source, membership } of membershipsInHierarchy(this.store, root, s.userId)) {
        const lastOwner = source.kind === 'group' && (() => {
          const owners = ownerIds(this.store, source);
          return owners.size === 1 && owners.has(membership.userId);
        })();
        if (lastOwner) break; // AccessDeniedError: the schedule is dropped, the rest stays
        if (this.store.removeMembership(source, membership.userId)) removed++;
      }
    }
    return { removed };
  }
}
