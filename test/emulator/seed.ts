// Builds the initial state: the demo data file (relative dates as day offsets) plus the generated big-org members.
import demoData from './data/demo.json';
import { dateFromOffset, timestampFromOffset } from './dates';
import { ensureGeneratedUser, generatedMembership } from './generate';
import { MAINTAINER, OWNER } from './roles';
import { EmulatorState } from './state';
import type { MembershipState } from './types';
import { features } from './version';

interface SeedFile {
  /** `nameLength`: the name repeated up to that many characters (a hostile 10,000-character name). */
  /** `lastActiveDaysAgo`: null, never active (nor signed in). */
  users: Array<{ id: number; username: string; name: string; nameLength?: number; email?: string; publicEmail?: boolean; createdDaysAgo: number; lastActiveDaysAgo: number | null }>;
  tokens: Array<{ id: number; value: string; name: string; user: string; scopes: string[]; expiresInDays: number; revoked?: boolean }>;
  groups: Array<{ id: number; path: string; name: string; parent: string | null; description: string }>;
  projects: Array<{ id: number; path: string; name: string; namespace?: string; owner?: string; createdDaysAgo: number }>;
  members: Array<{ source: string; user: string; level: number; expiresInDays?: number; state?: string; createdBy?: string | null; createdDaysAgo: number }>;
  invitations: Array<{ source: string; email: string; level: number; expiresInDays?: number; state?: string; createdBy?: string; createdDaysAgo: number }>;
  generated: Array<{ group: string; count: number }>;
}

const data = demoData as unknown as SeedFile;

export type SeedKind = 'demo' | 'empty';

/** 'empty' has the users and tokens only (no groups, projects, members or invitations). */
export function buildState(kind: SeedKind, version: string): EmulatorState {
  const state = new EmulatorState(version);
  const byName = (username: string): number => {
    const u = state.userByUsername(username);
    if (!u) throw new Error(`seed: unknown user ${username}`);
    return u.id;
  };
  for (const u of data.users) {
    const name = u.nameLength ? u.name.repeat(Math.ceil(u.nameLength / u.name.length)).slice(0, u.nameLength) : u.name;
    const active = u.lastActiveDaysAgo;
    state.users.set(u.id, {
      id: u.id, username: u.username, name, email: u.email ?? `${u.username}@example.com`, ...(u.publicEmail ? { publicEmail: true } : {}), state: 'active',
      createdAt: timestampFromOffset(-u.createdDaysAgo),
      lastActivityOn: active === null ? null : dateFromOffset(-active), lastSignInAt: active === null ? null : timestampFromOffset(-active - 2),
    });
  }
  for (const t of data.tokens) {
    state.tokens.set(t.value, {
      id: t.id, value: t.value, name: t.name, userId: byName(t.user), scopes: t.scopes, createdAt: timestampFromOffset(-30),
      expiresAt: dateFromOffset(t.expiresInDays), revoked: t.revoked ?? false, lastUsedAt: null,
    });
  }
  if (kind === 'empty') return state;

  for (const g of data.groups) {
    const parent = g.parent ? state.groupByRef(g.parent) : undefined;
    state.groups.set(g.id, {
      kind: 'group', id: g.id, name: g.name, path: g.path, fullPath: parent ? `${parent.fullPath}/${g.path}` : g.path,
      parentId: parent?.id ?? null, description: g.description, visibility: 'private', createdAt: timestampFromOffset(-1000 + g.id - 100),
    });
  }
  const acme = state.groupByRef('acme');
  if (acme) {
    state.memberRoles.set(1, {
      id: 1, groupId: acme.id, name: 'Security auditor', description: 'Reads code and vulnerability reports', baseAccessLevel: 20,
    });
  }
  for (const p of data.projects) {
    const group = p.namespace ? state.groupByRef(p.namespace) : undefined;
    const ownerId = p.owner ? byName(p.owner) : null;
    const ns = group ? group.fullPath : (p.owner as string);
    state.projects.set(p.id, {
      kind: 'project', id: p.id, name: p.name, path: p.path, fullPath: `${ns}/${p.path}`, groupId: group?.id ?? null,
      ownerId, description: `${p.name} project`, visibility: 'private', createdAt: timestampFromOffset(-p.createdDaysAgo),
    });
  }
  for (const m of data.members) {
    const source = state.source(m.source);
    // Before 14.9 a personal project's owner shows as Maintainer (GitLab issue 219299).
    const personalOwner = source.kind === 'project' && source.ownerId !== null && m.level === OWNER;
    const level = personalOwner && !features.projectOwner(version) ? MAINTAINER : m.level;
    state.putMembership(source, {
      userId: byName(m.user), accessLevel: level, expiresAt: m.expiresInDays === undefined ? null : dateFromOffset(m.expiresInDays),
      createdAt: timestampFromOffset(-m.createdDaysAgo), createdById: m.createdBy === null ? null : byName(m.createdBy ?? 'demo'),
      state: (m.state ?? 'active') as MembershipState, memberRoleId: null,
    });
  }
  for (const gen of data.generated) {
    const group = state.source(gen.group);
    for (let i = 1; i <= gen.count; i++) {
      ensureGeneratedUser(state, i);
      state.putMembership(group, generatedMembership(i, byName('demo')));
    }
  }
  for (const inv of data.invitations) {
    state.putInvitation(state.source(inv.source), {
      email: inv.email, accessLevel: inv.level, expiresAt: inv.expiresInDays === undefined ? null : dateFromOffset(inv.expiresInDays),
      createdAt: timestampFromOffset(-inv.createdDaysAgo), createdById: byName(inv.createdBy ?? 'demo'), state: (inv.state ?? 'active') as MembershipState, memberRoleId: null,
    });
  }
  return state;
}
