// Sharing a group or project with a group ("Invite a group"): POST and DELETE /groups/:id/share and
// /projects/:id/share. From lib/api/groups.rb, lib/api/projects.rb, app/services/groups/group_links/create_service.rb,
// destroy_service.rb, app/services/concerns/group_linkable.rb, app/services/projects/group_links/create_service.rb,
// destroy_service.rb, app/models/project_group_link.rb, app/policies/project_group_link_policy.rb:
// - a group share needs Owner of the shared group and a readable invited group; every refusal of the service is
//   404 {"message":"Not Found"} (no 403); a duplicate is 409; DELETE by a non-Owner answers 204 and keeps the link;
// - a project share needs Maintainer (403), membership of the invited group (404 "Not Found"), project Owner to
//   grant Owner (403); the project's own group or an ancestor is 409; a Maintainer cannot delete an Owner link (403).
// There is no API to edit a share (only the web UI's controllers): a change is a removal and a new share.
import { canManageMembers, canSeeGroup, effectiveAccess, isAdmin } from '../access';
import { fail, forbidden, json, messageError, noContent, notFound, plainError, type ApiResponse } from '../errors';
import { MINIMAL, OWNER } from '../roles';
import type { Router, RouteCtx } from '../router';
import * as S from '../serialize';
import type { Group, Project, Source } from '../types';
import { features } from '../version';
import { findGroup, findProject, intPath, requiredInt, requireManage } from './common';

/** Gitlab::Access.all_values: Guest to Owner (Planner from 17.7); no Minimal Access. Older projects: up to Maintainer. */
function shareAccess(ctx: RouteCtx, forProject: boolean): number {
  const access = requiredInt(ctx, 'group_access');
  const allowed = [10, ...(features.planner(ctx.state.version) ? [15] : []), 20, 30, 40];
  if (!forProject || features.projectOwner(ctx.state.version)) allowed.push(OWNER);
  if (!allowed.includes(access)) fail(plainError(400, 'group_access does not have a valid value'));
  return access;
}

/** `expires_at` as a Grape Date: YYYY-MM-DD, or 400 "expires_at is invalid". GitLab does not refuse a past date. */
function shareExpiry(ctx: RouteCtx): string | null {
  const raw = ctx.params.str('expires_at');
  if (raw === undefined || raw === '') return null;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(raw) || Number.isNaN(Date.parse(raw))) fail(plainError(400, 'expires_at is invalid'));
  return raw;
}

/** prevent_sharing_groups_outside_hierarchy is not modelled: every readable group is inside the rule. */
function invitedGroup(ctx: RouteCtx, id: number, forProject: boolean): Group {
  const group = ctx.state.groups.get(id);
  if (forProject) {
    // Projects::GroupLinks::CreateService: read_namespace_via_membership (some access to the group); a missing group is the same 404.
    if (!group || (!isAdmin(ctx.state, ctx.user.id) && effectiveAccess(ctx.state, ctx.user.id, group) < MINIMAL)) fail(messageError(404, 'Not Found'));
    return group;
  }
  if (!group || !canSeeGroup(ctx.state, ctx.user.id, group)) fail(notFound('Group'));
  return group;
}

function shareGroup(ctx: RouteCtx): ApiResponse {
  // Grape validates the parameters before the handler looks anything up.
  const [id, access, expiresAt] = [requiredInt(ctx, 'group_id'), shareAccess(ctx, false), shareExpiry(ctx)];
  const shared = findGroup(ctx);
  const invited = invitedGroup(ctx, id, false);
  if (!canManageMembers(ctx.state, ctx.user.id, shared)) fail(messageError(404, 'Not Found'));
  if (ctx.state.sharesOf(shared).some(({ group }) => group.id === invited.id)) {
    fail(messageError(409, 'Shared group The group has already been shared with this group'));
  }
  ctx.state.putShare(shared, invited, access, expiresAt);
  return json(201, S.groupDetail(ctx.render, shared));
}

function shareProject(ctx: RouteCtx): ApiResponse {
  const [id, access, expiresAt] = [requiredInt(ctx, 'group_id'), shareAccess(ctx, true), shareExpiry(ctx)];
  const project = findProject(ctx);
  requireManage(ctx, project);
  // Projects::GroupLinks::CreateService refuses Owner from a non-Owner first (403), then looks at the group.
  if (access >= OWNER && !isProjectOwner(ctx, project)) fail(forbidden());
  const invited = invitedGroup(ctx, id, true);
  if (ctx.state.chain(project).some((s) => s.kind === 'group' && s.id === invited.id)) {
    fail(messageError(409, 'Project cannot be shared with the group it is in or one of its ancestors.'));
  }
  if (ctx.state.sharesOf(project).some(({ group }) => group.id === invited.id)) fail(messageError(409, 'Project already shared with this group'));
  const link = ctx.state.putShare(project, invited, access, expiresAt);
  return json(201, { id: link.id, project_id: project.id, group_id: invited.id, group_access: link.access, expires_at: link.expiresAt });
}

function isProjectOwner(ctx: RouteCtx, project: Project): boolean {
  return isAdmin(ctx.state, ctx.user.id) || effectiveAccess(ctx.state, ctx.user.id, project) >= OWNER;
}

function unshare(ctx: RouteCtx, source: Source): ApiResponse {
  const groupId = intPath(ctx, 'group_id');
  const link = ctx.state.sharesOf(source).find(({ group }) => group.id === groupId)?.link;
  if (!link) fail(notFound('Group Link'));
  if (source.kind === 'group') {
    // Groups::GroupLinks::DestroyService refuses a non-Owner, and the API answers 204 all the same.
    if (canManageMembers(ctx.state, ctx.user.id, source)) ctx.state.removeShare(source, groupId);
    return noContent();
  }
  if (link.access >= OWNER && !isProjectOwner(ctx, source)) fail(messageError(403, 'Forbidden'));
  ctx.state.removeShare(source, groupId);
  return noContent();
}

export function registerShareRoutes(router: Router): void {
  router.add('POST', '/groups/:id/share', shareGroup);
  router.add('DELETE', '/groups/:id/share/:group_id', (ctx) => unshare(ctx, findGroup(ctx)));
  router.add('POST', '/projects/:id/share', shareProject);
  router.add('DELETE', '/projects/:id/share/:group_id', (ctx) => {
    const project = findProject(ctx);
    requireManage(ctx, project);
    return unshare(ctx, project);
  });
}
