// GitLab's RemoveExpiredMembersWorker (app/workers/remove_expired_members_worker.rb): every day at 00:10 (cron
// '10 0 * * *' in config/initializers/1_settings.rb, in GitLab's time zone, UTC by default) it destroys every member
// and invitation whose expires_at <= today (Expirable#expired: expires_at <= Time.current on a date column), without
// touching their sub-memberships, and keeps a group's last Owner (Members::DestroyService returns early).
// Until the worker runs, the members API still lists an expired row: GitLab's finders have no expiry filter.
//
// The emulator runs it when it starts and at the first request of each new UTC day (00:10 is taken as 00:00: the
// ten minutes make no difference to a test), and on demand (POST /__emulator/workers/remove-expired-members).
import { todayDate } from './dates';
import { OWNER } from './roles';
import type { Store } from './store';
import type { Source } from './types';

export class ExpiredMembersWorker {
  private lastRunDay = '';

  constructor(private readonly store: Store) {}

  /** Runs once per UTC day; call before each request. */
  tick(): void {
    if (todayDate() !== this.lastRunDay) this.run();
  }

  /** Removes what has expired by today; returns how many memberships and invitations went. */
  run(): { members: number; invitations: number } {
    const today = todayDate();
    this.lastRunDay = today;
    const expired = (d: string | null) => d !== null && d <= today;
    let members = 0;
    let invitations = 0;
    for (const source of this.sources()) {
      for (const m of this.store.directMembers(source)) {
        if (!expired(m.expiresAt) || this.isLastOwner(source, m.accessLevel)) continue;
        this.store.removeMembership(source, m.userId);
        members++;
      }
      for (const inv of [...this.store.invitationsOf(source)]) {
        if (expired(inv.expiresAt) && this.store.removeInvitation(source, inv.email)) invitations++;
      }
    }
    return { members, invitations };
  }

  private sources(): Source[] {
    return [...this.store.groups.values(), ...this.store.projects.values()];
  }

  /** GroupMember#last_owner_of_the_group?: no other Owner here or above, expired or not (they go one by one). */
  private isLastOwner(source: Source, level: number): boolean {
    if (source.kind !== 'group' || level < OWNER) return false;
    const owners = this.store.chain(source).flatMap((s) => this.store.directMembers(s).filter((m) => m.accessLevel >= OWNER && m.state === 'active'));
    return owners.length <= 1;
  }
}
