/**
 * Every direct membership of one user across the instance (`GET /users/:id/memberships`, lib/api/users.rb):
 * administrators only (403 for others). One list instead of a walk of every group and project.
 */
import type { CallOptions } from './api';
import type { ClientContext } from './context';
import { allPages } from './rawPages';
import type { AccessLevel } from './types';
import { checkUserId } from './validate';

export interface UserMembership {
  readonly sourceId: number;
  readonly sourceName: string;
  readonly sourceKind: 'group' | 'project';
  readonly accessLevel: AccessLevel;
}

export function allUserMemberships(ctx: ClientContext, userId: number, opts?: CallOptions): Promise<UserMembership[]> {
  checkUserId(userId);
  return allPages(ctx.resources().users, `users/${userId}/memberships`, (j) => ({
    sourceId: Number(j.source_id), sourceName: String(j.source_name ?? ''),
    sourceKind: j.source_type === 'Project' ? 'project' : 'group', accessLevel: Number(j.access_level) as AccessLevel,
  }), opts);
}
