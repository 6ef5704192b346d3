/**
 * The roles offered on a group or project: the standard ones this caller may give, then the custom roles of its
 * top-level group (GitLab Ultimate 16.6+) whose base role the caller may give. Shared by the invite form and the
 * role quick pick.
 */
import { assignableRoles, versionAtLeast, withCustomRoles, type RoleOption } from '../domain/roleRules';
import type { MemberRole, Source } from '../gitlab/types';
import { isTopLevel, type SourceContext } from './sourceContext';

/** The top-level group above (or equal to) a source; undefined for a personal project. */
export function topLevelGroupPath(source: Source): string | undefined {
  const path = source.kind === 'group' ? source.fullPath : source.namespace.kind === 'group' ? source.namespace.fullPath : undefined;
  return path?.split('/')[0] || undefined;
}

/** Custom roles of the source's top-level group; none when the server is older than 16.6 or the request fails. */
export async function customRolesFor(ctx: SourceContext, serverVersion: string | undefined): Promise<MemberRole[]> {
  const root = topLevelGroupPath(ctx.source);
  if (!root || !versionAtLeast(serverVersion, '16.6')) return [];
  try {
    return await ctx.session.api.listMemberRoles(root);
  } catch {
    return []; // the standard roles are still offered
  }
}

export interface OfferedRoles {
  readonly options: RoleOption[];
  /** Every custom role of the top-level group, offered or not (to name a member's current one). */
  readonly customRoles: MemberRole[];
}

export async function offeredRoles(ctx: SourceContext, opts: { custom: boolean } = { custom: true }): Promise<OfferedRoles> {
  const serverVersion = await ctx.session.api.serverVersion().catch(() => undefined);
  const standard = assignableRoles({ kind: ctx.source.kind, topLevel: isTopLevel(ctx.source) }, { level: ctx.callerLevel, serverVersion });
  const customRoles = opts.custom ? await customRolesFor(ctx, serverVersion) : [];
  return { options: withCustomRoles(standard, customRoles), customRoles };
}
