/** Custom roles of a top-level group (GitLab Ultimate 16.6+), through gitbeaker's `GroupMemberRoles`. */
import type { CallOptions } from './api';
import { withCall } from './callContext';
import type { ClientContext } from './context';
import { isGitLabError } from './errors';
import { toMemberRole } from './mappers';
import type { Json } from './resources';
import type { MemberRole } from './types';

/** `GET /groups/:id/member_roles`; `[]` when the server or its tier has no custom roles (404/403). */
export async function listMemberRoles(ctx: ClientContext, groupId: number | string, opts?: CallOptions): Promise<MemberRole[]> {
  try {
    const rows = await withCall(opts, () => ctx.resources().memberRoles.all(groupId, {}));
    return Array.isArray(rows) ? (rows as unknown as Json[]).map(toMemberRole) : [];
  } catch (error) {
    if (isGitLabError(error) && (error.kind === 'not-found' || error.kind === 'forbidden')) return [];
    throw error;
  }
}
