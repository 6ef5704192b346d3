/** Groups and projects: listing, finding one by id, path or web URL, and the caller's role on it. */
import * as l10n from '@vscode/l10n';
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
  return fetchPage(opts, () => ctx.resources().groups.all<true, 'offset'>({ ...p, ...search, topLevelOnly: true, allAvailable: false, orderBy: 'name' }), toGroup, p);
}

export function listSubgroups(ctx: ClientContext, groupId: number | string, req?: PageRequest, opts?: CallOptions): Promise<Page<Group>> {
  const p = pageParams(req, ctx.perPage);
  return fetchPage(opts, () => ctx.resources().groups.allSubgroups(groupId, { ...p, orderBy: 'name' }), toGroup, p);
}

export function listGroupProjects(ctx: ClientContext, groupId: number | string, req?: PageRequest, opts?: CallOptions): Promise<Page<Project>> {
  const p = pageParams(req, ctx.perPage);
  // with_shared: false: only the group's own projects. One shared with it from elsewhere would show under the
  // group in the tree as if the group's roles governed it.
  return fetchPage(opts, () => ctx.resources().groups.allProjects(groupId, { ...p, withShared: false, orderBy: 'name', sort: 'asc' }), toProject, p);
}

export async function listOwnProjects(ctx: ClientContext, req?: PageRequest, opts?: CallOptions): Promise<Page<Project>> {
  const me = await ctx.me(opts);
  const p = pageParams(req, ctx.perPage);
  return fetchPage(opts, () => ctx.resources().users.allProjects(me.id, { ...p, orderBy: 'name', sort: 'asc' }), toProject, p);
}

export function listMemberProjects(ctx: ClientContext, req?: PageRequest, opts?: CallOptions): Promise<Page<Project>> {
  const p = pageParams(req, ctx.perPage);
  return fetchPage(opts, () => ctx.resources().projects.all({ ...p, membership: true, orderBy: 'id', sort: 'asc' }), toProject, p);
}

export async function getGroup(ctx: ClientContext, idOrPath: number | string, opts?: CallOptions): Promise<Group> {
  const j = await withCall(opts, () => ctx.resources().groups.show(idOrPath, { withProjects: false }));
  return toGroup(j as unknown as Json);
}

export async function getProject(ctx: ClientContext, idOrPath: number | string, opts?: CallOptions): Promise<Project> {
  const j = await withCall(opts, () => ctx.resources().projects.show(idOrPath));
  return toProject(j as unknown as Json);
}

/** What a typed reference names: `group 12` / `project 12` (one kind), or a path, web URL or bare id (either). */
function parseRef(ctx: ClientContext, input: string): { ref: number | string; kinds: ReadonlyArray<Source['kind']> } {
  const trimmed = input.trim();
  const typed = /^(group|project)[\s:#]+(\d+)$/i.exec(trimmed);
  const ref = typed ? Number(typed[2])
    : /^\d+$/.test(trimmed) ? Number(trimmed)
    : /^https?:\/\//i.test(trimmed) ? pathFromWebUrl(ctx.instanceUrl, trimmed)
    : trimmed.replace(/^\/+|\/+$/g, '');
  if (ref === undefined || ref === '') {
    throw new Error(l10n.t('"{0}" is not a group or project of {1}. Give an id, a path like group/project, or a URL.', trimmed, ctx.instanceUrl));
  }
  return { ref, kinds: typed ? [typed[1].toLowerCase() as Source['kind']] : ['group', 'project'] };
}

const lookUp = (ctx: ClientContext, kind: Source['kind'], ref: number | string, opts?: CallOptions): Promise<Source> =>
  kind === 'group' ? getGroup(ctx, ref, opts) : getProject(ctx, ref, opts);

/** A path or web URL of this instance, or an id: tried as a group first, then as a project. */
export async function resolveSource(ctx: ClientContext, input: string, opts?: CallOptions): Promise<Source> {
  const { ref, kinds } = parseRef(ctx, input);
  for (const kind of kinds.slice(0, -1)) {
    try {
      return await lookUp(ctx, kind, ref, opts);
    } catch (error) {
      if (!isGitLabError(error) || error.kind !== 'not-found') throw error;
    }
  }
  return lookUp(ctx, kinds[kinds.length - 1], ref, opts);
}

/**
 * Everything a reference can name. A path names one group or project; a bare id can name a group and a
 * project (GitLab numbers them separately), and both are returned when both exist, for the user to choose.
 * Throws GitLab's not-found when it names nothing.
 */
export async function resolveSources(ctx: ClientContext, input: string, opts?: CallOptions): Promise<Source[]> {
  const { ref, kinds } = parseRef(ctx, input);
  if (typeof ref !== 'number' || kinds.length === 1) return [await resolveSource(ctx, input, opts)];
  const found = await Promise.allSettled(kinds.map((kind) => lookUp(ctx, kind, ref, opts)));
  const sources = found.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
  const failure = found.find((r): r is PromiseRejectedResult => r.status === 'rejected' && !(isGitLabError(r.reason) && r.reason.kind === 'not-found'));
  if (failure) throw failure.reason;
  if (sources.length === 0) throw (found[0] as PromiseRejectedResult).reason;
  return sources;
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
