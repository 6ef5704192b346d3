/** Groups and projects: listing, finding one by id, path or web URL, and the caller's role on it. */
import type { CallOptions } from './api';
import { withCall } from './callContext';
import type { ClientContext } from './context';
import { isGitLabError } from './errors';
import { pathFromWebUrl } from './instanceUrl';
import { toGroup, toProject } from './mappers';
import { fetchPage, pageParams } from './paging';
import { membersOf, type Json } from './resources';
import type { AccessLevel, Group, Page, PageRequest, Project, Source, SourceRef } from './types';

export function listTopLevelGroups(ctx: ClientContext, req?: PageRequest & { search?: string }, opts?: CallOptions): Promise<Page<Group>> {
  const p = pageParams(req, ctx.perPage);
  const search = req?.search ? { search: req.search } : {};
  // all_available: false: the groups the user belongs to (administrators would otherwise get every group).
  return fetchPage(opts, () => ctx.resources().groups.all({ ...p, ...search, topLevelOnly: true, allAvailable: false, orderBy: 'name' } as never), toGroup, p);
}

export function listSubgroups(ctx: ClientContext, groupId: number | string, req?: PageRequest, opts?: CallOptions): Promise<Page<Group>> {
  const p = pageParams(req, ctx.perPage);
  return fetchPage(opts, () => ctx.resources().groups.allSubgroups(groupId, { ...p, orderBy: 'name' } as never), toGroup, p);
}

export function listGroupProjects(ctx: ClientContext, groupId: number | string, req?: PageRequest, opts?: CallOptions): Promise<Page<Project>> {
  const p = pageParams(req, ctx.perPage);
  // with_shared: false: only the group's own projects. One shared with it from elsewhere would show under the
  // group in the tree as if the group's roles governed it.
  return fetchPage(opts, () => ctx.resources().groups.allProjects(groupId, { ...p, withShared: false, orderBy: 'name', sort: 'asc' } as never), toProject, p);
}

export async function listOwnProjects(ctx: ClientContext, req?: PageRequest, opts?: CallOptions): Promise<Page<Project>> {
  const me = await ctx.me(opts);
  const p = pageParams(req, ctx.perPage);
  return fetchPage(opts, () => ctx.resources().users.allProjects(me.id, { ...p, orderBy: 'name', sort: 'asc' } as never), toProject, p);
}

export async function getGroup(ctx: ClientContext, idOrPath: number | string, opts?: CallOptions): Promise<Group> {
  const j = await withCall(opts, () => ctx.resources().groups.show(idOrPath, { withProjects: false } as never));
  return toGroup(j as unknown as Json);
}

export async function getProject(ctx: ClientContext, idOrPath: number | string, opts?: CallOptions): Promise<Project> {
  const j = await withCall(opts, () => ctx.resources().projects.show(idOrPath));
  return toProject(j as unknown as Json);
}

/** An id, `group/sub/project` path, or web URL of this instance: tried as a group first, then as a project. */
export async function resolveSource(ctx: ClientContext, input: string, opts?: CallOptions): Promise<Source> {
  const trimmed = input.trim();
  const ref = /^\d+$/.test(trimmed) ? Number(trimmed)
    : /^https?:\/\//i.test(trimmed) ? pathFromWebUrl(ctx.instanceUrl, trimmed)
    : trimmed.replace(/^\/+|\/+$/g, '');
  if (ref === undefined || ref === '') {
    throw new Error(`"${trimmed}" is not a group or project of ${ctx.instanceUrl}. Give an id, a path like group/project, or a URL.`);
  }
  try {
    return await getGroup(ctx, ref, opts);
  } catch (error) {
    if (!isGitLabError(error) || error.kind !== 'not-found') throw error;
  }
  return getProject(ctx, ref, opts);
}

/** Effective role (inherited included) of the signed-in user; undefined when the user has none here. */
export async function myAccessLevel(ctx: ClientContext, source: SourceRef, opts?: CallOptions): Promise<AccessLevel | undefined> {
  const me = await ctx.me(opts);
  try {
    const j = await withCall(opts, () => membersOf(ctx.resources(), source.kind).show(source.id, me.id, { includeInherited: true }));
    return Number((j as unknown as Json).access_level);
  } catch (error) {
    if (isGitLabError(error) && error.kind === 'not-found') return undefined;
    throw error;
  }
}
