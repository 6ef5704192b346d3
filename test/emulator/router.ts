// Route table for /api/v4: segment patterns (':name' = one URL-decoded segment, never containing '/').
// The most specific matching pattern wins; if it lacks the method -> 405, if nothing matches -> 404.
import type { ApiResponse } from './errors';
import type { Params } from './params';
import type { RenderCtx } from './serialize';
import type { Instance } from './instance';
import type { EmulatorState } from './state';
import type { Token, User } from './types';

export interface RouteCtx {
  state: EmulatorState;
  params: Params;
  path: Record<string, string>;
  user: User;
  token: Token;
  method: string;
  /** request URL on the emulator origin (used for Link headers) */
  url: URL;
  version: string;
  render: RenderCtx;
}

export type Handler = (ctx: RouteCtx) => ApiResponse;

interface Route {
  method: string;
  segments: string[];
  literals: number;
  handler: Handler;
  when?: RouteCondition;
}

/** Whether a route exists on this GitLab (version, edition; e.g. `ee` for Enterprise Edition code). */
export type RouteCondition = (version: string, instance: Instance) => boolean;

/** The route is Enterprise Edition code (`ee/lib/...`): Community Edition has no such route. */
export const ee: RouteCondition = (_version, instance) => instance.edition === 'ee';

export type RouteMatch =
  | { kind: 'found'; handler: Handler; path: Record<string, string> }
  | { kind: 'not-found' }
  | { kind: 'not-allowed' };

function split(path: string): string[] | undefined {
  try {
    return path.replace(/^\//, '').split('/').map((s) => decodeURIComponent(s));
  } catch {
    return undefined;
  }
}

export class Router {
  private readonly routes: Route[] = [];

  add(method: string, pattern: string, handler: Handler, when?: RouteCondition): void {
    const segments = pattern.replace(/^\//, '').split('/');
    this.routes.push({ method, segments, literals: segments.filter((s) => !s.startsWith(':')).length, handler, when });
  }

  /** `apiPath` is the raw (still encoded) path after '/api/v4'. */
  match(method: string, apiPath: string, version: string, instance: Instance): RouteMatch {
    const parts = split(apiPath);
    if (!parts) return { kind: 'not-found' };
    const wanted = method === 'HEAD' ? 'GET' : method;
    let best: Array<{ route: Route; path: Record<string, string> }> = [];
    for (const route of this.routes) {
      if (route.when && !route.when(version, instance)) continue;
      const path = matchSegments(route.segments, parts);
      if (!path) continue;
      if (!best.length || route.literals > best[0].route.literals) best = [{ route, path }];
      else if (route.literals === best[0].route.literals) best.push({ route, path });
    }
    if (!best.length) return { kind: 'not-found' };
    const hit = best.find((b) => b.route.method === wanted);
    return hit ? { kind: 'found', handler: hit.route.handler, path: hit.path } : { kind: 'not-allowed' };
  }
}

function matchSegments(pattern: string[], parts: string[]): Record<string, string> | undefined {
  if (pattern.length !== parts.length) return undefined;
  const out: Record<string, string> = {};
  for (let i = 0; i < pattern.length; i++) {
    const p = pattern[i];
    if (p.startsWith(':')) {
      if (parts[i] === '') return undefined;
      out[p.slice(1)] = parts[i];
    } else if (p !== parts[i]) {
      return undefined;
    }
  }
  return out;
}
