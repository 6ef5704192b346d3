// GitLab never lets a group lose its last Owner: GroupMemberPolicy refuses to update or destroy that member
// (app/policies/group_member_policy.rb), whichever path asks (members API, invitations API).
import { ownerIds } from '../access';
import type { RouteCtx } from '../router';
import { OWNER } from '../roles';
import type { Source } from '../types';

export function isLastOwner(ctx: RouteCtx, source: Source, userId: number): boolean {
  if (source.kind !== 'group' || (ctx.state.directMember(source, userId)?.accessLevel ?? 0) < OWNER) return false;
  const owners = ownerIds(ctx.state, source);
  return owners.size === 1 && owners.has(userId);
}
