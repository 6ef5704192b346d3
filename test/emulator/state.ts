// EmulatorState: the store plus the read/write helpers tests use (state.members(), createGroup(), counters, ...).
import { effectiveMembers } from './access';
import { dateFromOffset, timestampFromOffset } from './dates';
import { ensureGeneratedUser, generatedMembership } from './generate';
import { MemberDeletions } from './memberDeletions';
import type { RawParams } from './params';
import { OWNER } from './roles';
import { Store } from './store';
import type { Invitation, Membership, MembershipState, Source, User } from './types';

export interface InvitationInfo {
  id: number; email: string; accessLevel: number; expiresAt: string | null; createdAt: string; createdByName: string | null; state: MembershipState;
  /** The custom role, or null. */
  memberRoleId: number | null;
}
export interface MemberInfo {
  userId: number; username: string; name: string; accessLevel: number; expiresAt: string | null; state: MembershipState; memberId: number; source: string;
  /** The custom role, or null. */
  memberRoleId: number | null;
}
export interface MemberOptions { expiresAt?: string | null; state?: MembershipState; createdBy?: string | null }

interface Recorded { method: string; path: string; params: RawParams }

export class EmulatorState extends Store {
  /** Removals DELETE billable_members scheduled, and the worker that carries them out. */
  memberDeletions = new MemberDeletions(this, 1_500);
  private invitePosts = new Map<string, number>();
  private inviteCreates = new Map<string, number>();
  private recorded: Recorded[] = [];
  private nextGroupId = 1000;
  private nextProjectId = 5000;
  private nextUserId = 1000;

  /** A group or project by full path; throws for unknown paths. */
  source(path: string): Source {
    const s = this.sourceByPath(path);
    if (!s) throw new Error(`emulator: no group or project '${path}'`);
    return s;
  }

  invitations(sourcePath: string): InvitationInfo[] {
    return this.invitationsOf(this.source(sourcePath)).map((i) => ({
      id: i.id, email: i.email, accessLevel: i.accessLevel, expiresAt: i.expiresAt, createdAt: i.createdAt,
      createdByName: i.createdById === null ? null : (this.userById(i.createdById)?.name ?? null), state: i.state,
      memberRoleId: i.memberRoleId,
    }));
  }

  /** Users who asked to join, oldest first, as `username` with the date they asked. */
  accessRequests(sourcePath: string): Array<{ username: string; requestedAt: string }> {
    return this.accessRequestsOf(this.source(sourcePath)).map((r) => ({ username: (this.userById(r.userId) as User).username, requestedAt: r.requestedAt }));
  }

  /** `user` asks to join `sourcePath` (`daysAgo` days ago). */
  addAccessRequest(sourcePath: string, user: string, daysAgo = 1): void {
    const u = this.userByUsername(user);
    if (!u) throw new Error(`emulator: no user '${user}'`);
    this.accessRequestsOf(this.source(sourcePath)).push({ userId: u.id, requestedAt: timestampFromOffset(-daysAgo) });
  }

  /** Direct members, or with `inherited: true` the effective members (what GET .../members/all returns, unpaged). */
  members(sourcePath: string, opts: { inherited?: boolean } = {}): MemberInfo[] {
    const source = this.source(sourcePath);
    const rows = opts.inherited ? effectiveMembers(this, source) : this.directMembers(source).map((membership) => ({ membership, source }));
    return rows.map(({ membership: m, source: s }) => {
      const u = this.userById(m.userId) as User;
      return { userId: m.userId, username: u.username, name: u.name, accessLevel: m.accessLevel, expiresAt: m.expiresAt, state: m.state, memberId: m.id, source: s.fullPath,
        memberRoleId: m.memberRoleId,
      };
    });
  }

  /** How many POST .../invitations requests named this email (successful or not). */
  invitePostCount(email: string): number {
    return this.invitePosts.get(email.toLowerCase()) ?? 0;
  }

  /** How many times an invitation (or direct membership via the email) was actually created for this email. */
  successfulInvites(email: string): number {
    return this.inviteCreates.get(email.toLowerCase()) ?? 0;
  }

  noteInvitePost(email: string): void {
    const k = email.toLowerCase();
    this.invitePosts.set(k, (this.invitePosts.get(k) ?? 0) + 1);
  }

  noteInviteCreated(email: string): void {
    const k = email.toLowerCase();
    this.inviteCreates.set(k, (this.inviteCreates.get(k) ?? 0) + 1);
  }

  recordParams(method: string, path: string, params: RawParams): void {
    this.recorded.push({ method, path, params });
    if (this.recorded.length > 500) this.recorded.shift();
  }

  /**
   * The merged parameters (query + form + JSON body) the server parsed for the most recent request with this method
   * whose path starts with `pathPrefix` (raw or URL-decoded, with or without '/api/v4').
   */
  lastRequestParams(method: string, pathPrefix: string): RawParams | undefined {
    for (let i = this.recorded.length - 1; i >= 0; i--) {
      const r = this.recorded[i];
      if (r.method !== method.toUpperCase()) continue;
      const raw = r.path;
      const decoded = safeDecode(raw);
      const candidates = [raw, decoded, raw.replace(/^\/api\/v4/, ''), decoded.replace(/^\/api\/v4/, '')];
      if (candidates.some((c) => c.startsWith(pathPrefix))) return r.params;
    }
    return undefined;
  }

  resetCounters(): void {
    this.invitePosts.clear();
    this.inviteCreates.clear();
    this.recorded = [];
  }

  addUser(u: { username: string; name?: string; email?: string; id?: number; lastActiveDaysAgo?: number }): User {
    if (this.userByUsername(u.username)) throw new Error(`emulator: user '${u.username}' exists`);
    const user: User = {
      id: u.id ?? this.nextUserId++, username: u.username, name: u.name ?? u.username,
      email: u.email ?? `${u.username}@example.com`, state: 'active', createdAt: timestampFromOffset(-30),
      lastActivityOn: u.lastActiveDaysAgo === undefined ? null : dateFromOffset(-u.lastActiveDaysAgo),
      lastSignInAt: u.lastActiveDaysAgo === undefined ? null : timestampFromOffset(-u.lastActiveDaysAgo),
    };
    this.users.set(user.id, user);
    return user;
  }

  /**
   * Adds a group with `memberCount` direct members IN TOTAL: the owner (default 'demo', as Owner) plus
   * memberCount-1 generated users (user00001, ...; the same deterministic role mix as big-org).
   */
  createGroup(o: { path: string; parentPath?: string; name?: string; memberCount?: number; ownerUsername?: string }): { id: number; fullPath: string } {
    const parent = o.parentPath ? this.groupByRef(o.parentPath) : undefined;
    if (o.parentPath && !parent) throw new Error(`emulator: no parent group '${o.parentPath}'`);
    const fullPath = parent ? `${parent.fullPath}/${o.path}` : o.path;
    if (this.sourceByPath(fullPath)) throw new Error(`emulator: '${fullPath}' exists`);
    const group = {
      kind: 'group' as const, id: this.nextGroupId++, name: o.name ?? o.path, path: o.path, fullPath,
      parentId: parent?.id ?? null, description: '', visibility: 'private' as const, createdAt: timestampFromOffset(-1),
    };
    this.groups.set(group.id, group);
    const count = o.memberCount ?? 1;
    if (count > 0) {
      const owner = this.userByUsername(o.ownerUsername ?? 'demo');
      if (!owner) throw new Error(`emulator: no user '${o.ownerUsername}'`);
      this.putMembership(group, { userId: owner.id, accessLevel: OWNER, expiresAt: null, createdAt: timestampFromOffset(-1), createdById: null, state: 'active', memberRoleId: null });
      let added = 1;
      for (let i = 1; added < count; i++) {
        const user = ensureGeneratedUser(this, i);
        if (user.id === owner.id) continue;
        this.putMembership(group, generatedMembership(i, owner.id));
        added++;
      }
    }
    return { id: group.id, fullPath };
  }

  createProject(o: { path: string; namespacePath: string; name?: string }): { id: number; fullPath: string } {
    const group = this.groupByRef(o.namespacePath);
    const owner = group ? undefined : this.userByUsername(o.namespacePath);
    if (!group && !owner) throw new Error(`emulator: no namespace '${o.namespacePath}'`);
    const fullPath = `${group ? group.fullPath : owner?.username}/${o.path}`;
    const project = {
      kind: 'project' as const, id: this.nextProjectId++, name: o.name ?? o.path, path: o.path, fullPath,
      groupId: group?.id ?? null, ownerId: owner?.id ?? null, description: '', visibility: 'private' as const, createdAt: timestampFromOffset(-1),
    };
    this.projects.set(project.id, project);
    return { id: project.id, fullPath };
  }

  /**
   * Shares a group or project with a group, granting at most `groupAccess` (Developer by default). A shared project
   * lists among the group's projects unless `with_shared=false`; the invited group's members reach it (for a group:
   * its direct members only, in it and everything below; for a project: with the invited group's ancestors'
   * members too) and show in its members/all.
   */
  share(sourcePath: string, groupPath: string, groupAccess = 30, expiresAt: string | null = null): void {
    const source = this.sourceByPath(sourcePath);
    const group = this.groupByRef(groupPath);
    if (!source || !group) throw new Error(`emulator: cannot share '${sourcePath}' with '${groupPath}'`);
    this.putShare(source, group, groupAccess, expiresAt);
  }

  /** A project shared with a group (see share). */
  shareProject(projectPath: string, groupPath: string, groupAccess = 30): void {
    if (!this.projectByRef(projectPath)) throw new Error(`emulator: no project '${projectPath}'`);
    this.share(projectPath, groupPath, groupAccess);
  }

  /** Links a group to LDAP (synced where the instance has LDAP Group Sync, ldap.ts) and marks these members as from LDAP. */
  syncWithLdap(groupPath: string, usernames: readonly string[]): void {
    const group = this.groupByRef(groupPath);
    if (!group) throw new Error(`emulator: no group '${groupPath}'`);
    group.ldapLinked = true;
    for (const name of usernames) {
      const m = this.directMember(group, this.userByUsername(name)?.id ?? -1);
      if (!m) throw new Error(`emulator: ${name} is not a member of ${groupPath}`);
      m.ldap = true;
    }
  }

  addMember(sourcePath: string, user: string | number, accessLevel: number, o: MemberOptions = {}): Membership {
    const u = typeof user === 'number' ? this.userById(user) : this.userByUsername(user);
    if (!u) throw new Error(`emulator: no user '${user}'`);
    return this.putMembership(this.source(sourcePath), {
      userId: u.id, accessLevel, expiresAt: o.expiresAt ?? null, createdAt: new Date().toISOString(),
      createdById: this.creatorId(o.createdBy), state: o.state ?? 'active', memberRoleId: null,
    });
  }

  addInvitation(sourcePath: string, email: string, accessLevel: number, o: MemberOptions = {}): Invitation {
    return this.putInvitation(this.source(sourcePath), {
      email, accessLevel, expiresAt: o.expiresAt ?? null, createdAt: new Date().toISOString(),
      createdById: this.creatorId(o.createdBy), state: o.state ?? 'active', memberRoleId: null,
    });
  }

  private creatorId(username: string | null | undefined): number | null {
    if (username === null) return null;
    return this.userByUsername(username ?? 'demo')?.id ?? null;
  }
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
