// Deterministic generated users and memberships (big-org and state.createGroup()).
import { dateFromOffset, timestampFromOffset } from './dates';
import type { Store } from './store';
import type { Membership, User } from './types';

export const GENERATED_USER_BASE = 10_000;

export function generatedUsername(i: number): string {
  return `user${String(i).padStart(5, '0')}`;
}

/** User number i (1-based): id 10000+i, username user00001, name "User 00001". Created on first use. */
export function ensureGeneratedUser(store: Store, i: number): User {
  const id = GENERATED_USER_BASE + i;
  const existing = store.users.get(id);
  if (existing) return existing;
  const username = generatedUsername(i);
  const user: User = {
    id,
    username,
    name: `User ${String(i).padStart(5, '0')}`,
    email: `${username}@example.com`,
    state: 'active',
    createdAt: timestampFromOffset(-(400 + (i % 300))),
    // Spread over the last 400 days; every 23rd never active.
    lastActivityOn: i % 23 === 0 ? null : dateFromOffset(-((i * 37) % 400)),
    lastSignInAt: i % 23 === 0 ? null : timestampFromOffset(-((i * 37) % 400) - 1),
  };
  store.users.set(id, user);
  return user;
}

const ROLE_CYCLE = [30, 20, 30, 10, 40, 20, 30, 10];

/** The deterministic membership of generated user i: mostly Developer/Reporter/Guest, some Maintainers, some expiring. */
export function generatedMembership(i: number, createdById: number | null): Omit<Membership, 'id'> {
  return {
    userId: GENERATED_USER_BASE + i,
    accessLevel: ROLE_CYCLE[i % ROLE_CYCLE.length],
    expiresAt: i % 9 === 0 ? dateFromOffset(((i * 7) % 90) + 1) : null,
    createdAt: timestampFromOffset(-((i % 400) + 1)),
    createdById,
    state: 'active',
    memberRoleId: null,
  };
}
