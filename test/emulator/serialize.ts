// Model -> GitLab snake_case JSON.
import { createHash } from 'node:crypto';
import { canSeeGroup, effectiveAccess, grantsAccess } from './access';
import { OWNER } from './roles';
import type { EmulatorState } from './state';
import type { Group, Invitation, MemberRole, Membership, Project, Source, Token, User } from './types';

export interface RenderCtx {
  state: EmulatorState;
  origin: string;
  foreignOrigin?: string;
  callerId: number;
}

/** Personal namespaces share the namespace id space with groups; the emulator uses 900 + user id. */
export const userNamespaceId = (userId: number): number => 900 + userId;

/** Where web pages are (`web_url`): the emulator, or with `foreignOrigin` another host, as a GitLab may name. */
export const webOrigin = (ctx: RenderCtx): string => ctx.foreignOrigin ?? ctx.origin;

const gravatarHashes = new Map<string, string>();

export function avatarUrl(ctx: RenderCtx, id: number, email: string): string {
  if (ctx.foreignOrigin) return `${ctx.foreignOrigin}/uploads/-/system/user/avatar/${id}/avatar.png`;
  const key = email.trim().toLowerCase();
  let hash = gravatarHashes.get(key);
  if (hash === undefined) {
    hash = createHash('md5').update(key).digest('hex');
    gravatarHashes.set(key, hash);
  }
  return `https://www.gravatar.com/avatar/${hash}?s=80&d=identicon`;
}

export function userBasic(ctx: RenderCtx, u: User): Record<string, unknown> {
  return { id: u.id, username: u.username, name: u.name, state: u.state, locked: false, avatar_url: avatarUrl(ctx, u.id, u.email), web_url: `${webOrigin(ctx)}/${u.username}` };
}

/** GET /user */
export function currentUser(ctx: RenderCtx, u: User): Record<string, unknown> {
  return {
    ...userBasic(ctx, u), created_at: u.createdAt, bio: '', location: '', public_email: u.publicEmail ? u.email : null, skype: '', linkedin: '', twitter: '',
    website_url: '', organization: '', job_title: '', bot: false, last_sign_in_at: u.createdAt, confirmed_at: u.createdAt,
    email: u.email, commit_email: u.email, is_admin: u.isAdmin === true, can_create_group: true, can_create_project: true, two_factor_enabled: false, external: false,
  };
}

/** Member email is shown only to Owners of the top-level group (enterprise-user rule, simplified). */
export function showsMemberEmail(ctx: RenderCtx, source: Source): boolean {
  const root = ctx.state.rootGroup(source);
  return !!root && effectiveAccess(ctx.state, ctx.callerId, root) >= OWNER;
}

export function member(ctx: RenderCtx, m: Membership, withEmail: boolean): Record<string, unknown> {
  const u = ctx.state.userById(m.userId) as User;
  // Properties added to userBasic's object, not spread into a new literal: V8 builds a spread-then-extended
  // literal on a slow path, and this runs for every row of every members page.
  const out = userBasic(ctx, u);
  out.access_level = m.accessLevel;
  out.created_at = m.createdAt;
  const creator = m.createdById === null ? undefined : ctx.state.userById(m.createdById);
  if (creator) out.created_by = userBasic(ctx, creator); // GitLab omits created_by when it is nil
  out.expires_at = m.expiresAt;
  out.group_saml_identity = null;
  if (withEmail) out.email = u.email;
  out.membership_state = m.state;
  // ee/lib/ee/api/entities/member.rb: `override` only for a group member from LDAP.
  if (m.ldap && ctx.state.instance.edition === 'ee') out.override = m.override === true;
  const role = m.memberRoleId === null ? undefined : ctx.state.memberRoles.get(m.memberRoleId);
  out.member_role = m.memberRoleId === null ? null : {
    id: m.memberRoleId, group_id: role?.groupId ?? null, name: role?.name ?? `Custom role ${m.memberRoleId}`,
    description: role?.description ?? null, base_access_level: role?.baseAccessLevel ?? m.accessLevel,
  };
  return out;
}

/**
 * GitLab's Invitation entity (lib/api/entities/invitation.rb): no `id` (the docs' example shows one; the entity has
 * none), `invite_token` is the stored digest, `user_name` only when a user is attached (never, for a pending
 * invitation), `created_by_name` null when nobody is recorded.
 */
export function invitation(ctx: RenderCtx, inv: Invitation): Record<string, unknown> {
  const creator = inv.createdById === null ? undefined : ctx.state.userById(inv.createdById);
  return {
    access_level: inv.accessLevel, created_at: inv.createdAt, expires_at: inv.expiresAt, invite_email: inv.email,
    invite_token: createHash('sha256').update(`invite:${inv.id}`).digest('hex'), created_by_name: creator?.name ?? null,
  };
}

export function fullName(ctx: RenderCtx, s: Source): string {
  const names = ctx.state.chain(s).map((x) => x.name).reverse();
  if (s.kind === 'project' && s.ownerId !== null) names.unshift(ctx.state.userById(s.ownerId)?.name ?? '');
  return names.join(' / ');
}

export function group(ctx: RenderCtx, g: Group): Record<string, unknown> {
  return {
    id: g.id, web_url: `${webOrigin(ctx)}/groups/${g.fullPath}`, name: g.name, path: g.path, description: g.description, visibility: g.visibility,
    share_with_group_lock: false, require_two_factor_authentication: false, project_creation_level: 'developer', subgroup_creation_level: 'maintainer',
    lfs_enabled: true, avatar_url: null, request_access_enabled: true, full_name: fullName(ctx, g), full_path: g.fullPath,
    created_at: g.createdAt, parent_id: g.parentId,
  };
}

/**
 * `shared_with_groups` (lib/api/entities/shared_group_with_group.rb, shared_group_with_project.rb): the source's own
 * links, only to groups the caller can read (Group#shared_with_group_links_visible_to_user, Project#visible_group_links).
 */
export function sharedWithGroups(ctx: RenderCtx, s: Source): Array<Record<string, unknown>> {
  return ctx.state.sharesOf(s).filter(({ group }) => canSeeGroup(ctx.state, ctx.callerId, group)).map(({ group, link }) => ({
    group_id: group.id, group_name: group.name, group_full_path: group.fullPath, group_access_level: link.access, expires_at: link.expiresAt,
  }));
}

/** GET /groups/:id and the share's answer (lib/api/entities/group_detail.rb): the group with its `shared_with_groups`. */
export function groupDetail(ctx: RenderCtx, g: Group): Record<string, unknown> {
  const out = group(ctx, g);
  out.shared_with_groups = sharedWithGroups(ctx, g);
  return out;
}

function namespace(ctx: RenderCtx, p: Project): Record<string, unknown> {
  if (p.groupId !== null) {
    const g = ctx.state.groups.get(p.groupId) as Group;
    return { id: g.id, name: g.name, path: g.path, kind: 'group', full_path: g.fullPath, parent_id: g.parentId, avatar_url: null, web_url: `${webOrigin(ctx)}/groups/${g.fullPath}` };
  }
  const u = ctx.state.userById(p.ownerId as number) as User;
  return { id: userNamespaceId(u.id), name: u.name, path: u.username, kind: 'user', full_path: u.username, parent_id: null, avatar_url: avatarUrl(ctx, u.id, u.email), web_url: `${webOrigin(ctx)}/${u.username}` };
}

export function project(ctx: RenderCtx, p: Project, withPermissions = false): Record<string, unknown> {
  const out: Record<string, unknown> = {
    id: p.id, description: p.description, name: p.name, name_with_namespace: fullName(ctx, p), path: p.path, path_with_namespace: p.fullPath,
    created_at: p.createdAt, default_branch: 'main', tag_list: [], topics: [], ssh_url_to_repo: `git@127.0.0.1:${p.fullPath}.git`,
    http_url_to_repo: `${ctx.origin}/${p.fullPath}.git`, web_url: `${webOrigin(ctx)}/${p.fullPath}`, avatar_url: null, star_count: 0, forks_count: 0,
    last_activity_at: p.createdAt, visibility: p.visibility, namespace: namespace(ctx, p), shared_with_groups: sharedWithGroups(ctx, p),
  };
  if (withPermissions) {
    const direct = ctx.state.directMember(p, ctx.callerId);
    let groupLevel = 0;
    for (const s of ctx.state.chain(p).slice(1)) {
      const m = ctx.state.directMember(s, ctx.callerId);
      if (m && grantsAccess(m)) groupLevel = Math.max(groupLevel, m.accessLevel);
    }
    out.permissions = {
      project_access: direct && grantsAccess(direct) ? { access_level: direct.accessLevel, notification_level: 3 } : null,
      group_access: groupLevel ? { access_level: groupLevel, notification_level: 3 } : null,
    };
  }
  return out;
}

export function token(t: Token): Record<string, unknown> {
  const active = !t.revoked && !(t.expiresAt && t.expiresAt < new Date().toISOString().slice(0, 10));
  return {
    id: t.id, name: t.name, revoked: t.revoked, created_at: t.createdAt, description: null, scopes: t.scopes, user_id: t.userId,
    last_used_at: t.lastUsedAt, active, expires_at: t.expiresAt,
  };
}

/** GET /groups/:id/member_roles (the fields the extension reads, plus a few GitLab sends). */
export function memberRole(r: MemberRole): Record<string, unknown> {
  return {
    id: r.id, group_id: r.groupId, name: r.name, description: r.description, base_access_level: r.baseAccessLevel,
    read_code: true, read_vulnerability: true, admin_vulnerability: false, admin_merge_request: false,
  };
}
