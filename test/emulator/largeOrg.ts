// The generated large organisation (`--large-org`, `largeOrg: true`, or generateLargeOrg(state) in a test): one
// top-level group `large-org` with 299 nested subgroups (a tree three wide: group k's parent is group
// floor((k-1)/3)) and 1,000 projects spread over them, the demo user its Owner. Generated users hold one
// membership each (three per group, two per project), so no subgroup role is below an inherited one, as GitLab
// requires. `nina` ("Nina Novak") is the one person to look for: Developer in every fifth group, Maintainer in
// every fortieth project, 84 direct memberships in all. `root` is an administrator (token
// LARGE_ORG_ADMIN_TOKEN) for the fast path of GET /users/:id/memberships. Deterministic; ~50 ms to build.
import { timestampFromOffset, dateFromOffset } from './dates';
import { ensureGeneratedUser, generatedMembership } from './generate';
import { DEVELOPER, MAINTAINER, OWNER } from './roles';
import type { EmulatorState } from './state';
import type { Group, Membership, Source } from './types';

export const LARGE_ORG_ADMIN_TOKEN = 'glpat-large-org-admin-token';
export const LARGE_ORG = { root: 'large-org', groups: 300, projects: 1_000, target: 'nina' } as const;

export interface LargeOrgSummary {
  readonly groups: number;
  readonly projects: number;
  /** Direct memberships of the target user (nina). */
  readonly targetMemberships: number;
}

function membership(userId: number, accessLevel: number, createdById: number | null): Omit<Membership, 'id'> {
  return { userId, accessLevel, expiresAt: null, createdAt: timestampFromOffset(-30), createdById, state: 'active', memberRoleId: null };
}

function generated(state: EmulatorState, i: number, createdById: number): Omit<Membership, 'id'> {
  ensureGeneratedUser(state, i);
  return generatedMembership(i, createdById);
}

export function generateLargeOrg(state: EmulatorState): LargeOrgSummary {
  const demo = state.userByUsername('demo');
  if (!demo) throw new Error('emulator: the large organisation needs the demo user');
  if (state.groupByRef(LARGE_ORG.root)) throw new Error(`emulator: '${LARGE_ORG.root}' exists`);
  const groups: Group[] = [];
  for (let k = 0; k < LARGE_ORG.groups; k++) {
    const parent = k === 0 ? undefined : groups[Math.floor((k - 1) / 3)];
    const created = k === 0
      ? state.createGroup({ path: LARGE_ORG.root, name: 'Large Org', memberCount: 0 })
      : state.createGroup({ path: `team-${k}`, name: `Team ${k}`, parentPath: parent!.fullPath, memberCount: 0 });
    groups.push(state.groups.get(created.id)!);
  }
  const projects: Source[] = [];
  for (let j = 0; j < LARGE_ORG.projects; j++) {
    const created = state.createProject({ path: `service-${j}`, name: `Service ${j}`, namespacePath: groups[j % groups.length].fullPath });
    projects.push(state.projects.get(created.id)!);
  }
  state.putMembership(groups[0], membership(demo.id, OWNER, null));
  groups.forEach((g, k) => {
    for (let n = 1; n <= 3; n++) state.putMembership(g, generated(state, 3 * k + n, demo.id));
  });
  projects.forEach((p, j) => {
    for (let n = 1; n <= 2; n++) state.putMembership(p, generated(state, 900 + 2 * j + n, demo.id));
  });
  const nina = state.addUser({ username: LARGE_ORG.target, name: 'Nina Novak', lastActiveDaysAgo: 2 });
  let targetMemberships = 0;
  groups.forEach((g, k) => k % 5 === 0 && k > 0 && (state.putMembership(g, membership(nina.id, DEVELOPER, demo.id)), targetMemberships++));
  projects.forEach((p, j) => j % 40 === 0 && (state.putMembership(p, membership(nina.id, MAINTAINER, demo.id)), targetMemberships++));
  const root = state.addUser({ username: 'root', name: 'Administrator', lastActiveDaysAgo: 0 });
  root.isAdmin = true;
  state.tokens.set(LARGE_ORG_ADMIN_TOKEN, {
    id: 900, value: LARGE_ORG_ADMIN_TOKEN, name: 'root api', userId: root.id, scopes: ['api'], createdAt: timestampFromOffset(-30),
    expiresAt: dateFromOffset(365), revoked: false, lastUsedAt: null,
  });
  return { groups: groups.length, projects: projects.length, targetMemberships };
}
