// Collections, lookups, hierarchy and membership records. Access rules live in access.ts.
import { DEFAULT_INSTANCE, type Instance } from './instance';
import { sourceKey, type Group, type ShareLink, type AccessRequest, type Invitation, type MemberRole, type Membership, type Project, type Source, type Token, type User } from './types';

export class Store {
  /** Edition, tier, GitLab.com (instance.ts); tests may replace it. */
  instance: Instance = DEFAULT_INSTANCE;
  readonly users = new Map<number, User>();
  readonly groups = new Map<number, Group>();
  readonly projects = new Map<number, Project>();
  readonly tokens = new Map<string, Token>();
  /** Custom roles by id (each belongs to a top-level group). */
  readonly memberRoles = new Map<number, MemberRole>();
  private readonly memberships = new Map<string, Map<number, Membership>>();
  private readonly invites = new Map<string, Invitation[]>();
  /** Access requests (GitLab's `requesters`) per source, oldest first. */
  private readonly requesters = new Map<string, AccessRequest[]>();
  private nextMemberId = 100_001;

  constructor(readonly version: string) {}

  newMemberId(): number {
    return this.nextMemberId++;
  }

  userById(id: number): User | undefined {
    return this.users.get(id);
  }

  userByUsername(username: string): User | undefined {
    const lower = username.toLowerCase();
    for (const u of this.users.values()) if (u.username.toLowerCase() === lower) return u;
    return undefined;
  }

  userByEmail(email: string): User | undefined {
    const lower = email.toLowerCase();
    for (const u of this.users.values()) if (u.email.toLowerCase() === lower) return u;
    return undefined;
  }

  /** Numeric id or full path (case-insensitive), as in GitLab's `:id` parameter. */
  groupByRef(ref: string): Group | undefined {
    if (/^\d+$/.test(ref)) return this.groups.get(Number(ref));
    const lower = ref.toLowerCase();
    for (const g of this.groups.values()) if (g.fullPath.toLowerCase() === lower) return g;
    return undefined;
  }

  projectByRef(ref: string): Project | undefined {
    if (/^\d+$/.test(ref)) return this.projects.get(Number(ref));
    const lower = ref.toLowerCase();
    for (const p of this.projects.values()) if (p.fullPath.toLowerCase() === lower) return p;
    return undefined;
  }

  /** A group or project by full path. */
  sourceByPath(path: string): Source | undefined {
    const clean = path.replace(/^\/+|\/+$/g, '');
    return this.groupByRef(clean) ?? this.projectByRef(clean);
  }

  parentOf(source: Source): Group | null {
    const parentId = source.kind === 'group' ? source.parentId : source.groupId;
    return parentId === null ? null : (this.groups.get(parentId) ?? null);
  }

  /** The source itself, then its ancestors up to the top-level group. */
  chain(source: Source): Source[] {
    const out: Source[] = [source];
    for (let p = this.parentOf(source); p; p = this.parentOf(p)) out.push(p);
    return out;
  }

  /** The top-level group above (or equal to) the source; null for personal projects. */
  rootGroup(source: Source): Group | null {
    const c = this.chain(source);
    const last = c[c.length - 1];
    return last.kind === 'group' ? last : null;
  }

  childGroups(groupId: number): Group[] {
    return [...this.groups.values()].filter((g) => g.parentId === groupId);
  }

  descendantGroups(groupId: number): Group[] {
    const out: Group[] = [];
    const queue = this.childGroups(groupId);
    while (queue.length) {
      const g = queue.shift() as Group;
      out.push(g);
      queue.push(...this.childGroups(g.id));
    }
    return out;
  }

  projectsOfGroups(groupIds: Set<number>): Project[] {
    return [...this.projects.values()].filter((p) => p.groupId !== null && groupIds.has(p.groupId));
  }

  /**
   * Group links: the groups each group or project is shared with (GitLab's group_group_links and
   * project_group_links), by sourceKey, then by the invited group's id.
   */
  readonly shareLinks = new Map<string, Map<number, ShareLink>>();
  private nextShareLinkId = 1;

  /** The groups a group or project is shared with (its own links, not its ancestors'), each with what the link grants. */
  sharesOf(source: Source): Array<{ group: Group; link: ShareLink }> {
    return [...(this.shareLinks.get(sourceKey(source))?.values() ?? [])].flatMap((link) => {
      const group = this.groups.get(link.groupId);
      return group ? [{ group, link }] : [];
    });
  }

  /** Shares the source with the group (or replaces that link). */
  putShare(source: Source, group: Group, access: number, expiresAt: string | null): ShareLink {
    const key = sourceKey(source);
    const links = this.shareLinks.get(key) ?? new Map<number, ShareLink>();
    this.shareLinks.set(key, links);
    const link: ShareLink = { id: links.get(group.id)?.id ?? this.nextShareLinkId++, groupId: group.id, access, expiresAt, createdAt: new Date().toISOString() };
    links.set(group.id, link);
    return link;
  }

  removeShare(source: Source, groupId: number): boolean {
    return this.shareLinks.get(sourceKey(source))?.delete(groupId) ?? false;
  }

  /** Projects of other namespaces shared with any of these groups. */
  projectsSharedWith(groupIds: Set<number>): Project[] {
    return [...this.projects.values()].filter((p) => this.sharesOf(p).some(({ group }) => groupIds.has(group.id)));
  }

  /** The group, all descendant groups and all their projects. */
  hierarchy(group: Group): Source[] {
    const groups = [group, ...this.descendantGroups(group.id)];
    return [...groups, ...this.projectsOfGroups(new Set(groups.map((g) => g.id)))];
  }

  /** Custom roles of a top-level group, by id. */
  memberRolesOf(groupId: number): MemberRole[] {
    return [...this.memberRoles.values()].filter((r) => r.groupId === groupId).sort((a, b) => a.id - b.id);
  }

  // ---- memberships -------------------------------------------------------------------------

  private memberMap(source: Source): Map<number, Membership> {
    const key = sourceKey(source);
    let m = this.memberships.get(key);
    if (!m) this.memberships.set(key, (m = new Map()));
    return m;
  }

  /** Sorted member lists by source, dropped when a membership is added, replaced or removed. */
  private readonly sortedMembers = new Map<string, Membership[]>();

  /** Direct memberships in member-id order (a copy: callers may change it). */
  directMembers(source: Source): Membership[] {
    const key = sourceKey(source);
    let sorted = this.sortedMembers.get(key);
    if (!sorted) {
      sorted = [...this.memberMap(source).values()].sort((a, b) => a.id - b.id);
      this.sortedMembers.set(key, sorted);
    }
    return sorted.slice();
  }

  directMember(source: Source, userId: number): Membership | undefined {
    return this.memberMap(source).get(userId);
  }

  putMembership(source: Source, m: Omit<Membership, 'id'> & { id?: number }): Membership {
    const full: Membership = { ...m, id: m.id ?? this.newMemberId() };
    this.memberMap(source).set(full.userId, full);
    this.sortedMembers.delete(sourceKey(source));
    return full;
  }

  removeMembership(source: Source, userId: number): boolean {
    this.sortedMembers.delete(sourceKey(source));
    return this.memberMap(source).delete(userId);
  }

  accessRequestsOf(source: Source): AccessRequest[] {
    const key = sourceKey(source);
    let list = this.requesters.get(key);
    if (!list) this.requesters.set(key, (list = []));
    return list;
  }

  removeAccessRequest(source: Source, userId: number): boolean {
    const list = this.accessRequestsOf(source);
    const at = list.findIndex((r) => r.userId === userId);
    if (at >= 0) list.splice(at, 1);
    return at >= 0;
  }

  invitationsOf(source: Source): Invitation[] {
    const key = sourceKey(source);
    let list = this.invites.get(key);
    if (!list) this.invites.set(key, (list = []));
    return list;
  }

  invitation(source: Source, email: string): Invitation | undefined {
    const lower = email.toLowerCase();
    return this.invitationsOf(source).find((i) => i.email.toLowerCase() === lower);
  }

  putInvitation(source: Source, inv: Omit<Invitation, 'id'>): Invitation {
    const full: Invitation = { ...inv, id: this.newMemberId() };
    this.invitationsOf(source).push(full);
    return full;
  }

  removeInvitation(source: Source, email: string): boolean {
    const list = this.invitationsOf(source);
    const i = list.findIndex((x) => x.email.toLowerCase() === email.toLowerCase());
    if (i < 0) return false;
    list.splice(i, 1);
    return true;
  }

  /** Finds a member record (membership or invitation) by its member id inside the given sources. */
  memberRecord(id: number, sources: Source[]): { source: Source; membership?: Membership; invitation?: Invitation } | undefined {
    for (const source of sources) {
      const membership = [...this.memberMap(source).values()].find((m) => m.id === id);
      if (membership) return { source, membership };
      const invitation = this.invitationsOf(source).find((i) => i.id === id);
      if (invitation) return { source, invitation };
    }
    return undefined;
  }
}
