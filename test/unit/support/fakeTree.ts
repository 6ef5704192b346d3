// Shared set-up for tree tests in plain Node: canned GitLab data, a fake GitLabApi, node contexts.
import * as assert from 'node:assert/strict';
import type { AccountSession } from '../../../src/accounts/sessions';
import type { GitLabApi } from '../../../src/gitlab/api';
import type { Group, Invitation, Member, Page, Project, Source } from '../../../src/gitlab/types';
import type { NodeContext, TreeNode } from '../../../src/tree/node';
import type { TreeEnv } from '../../../src/tree/treeModel';

export const now = new Date('2026-11-22T12:00:00Z');

export function page<T>(items: T[], n = 1, nextPage: number | null = null, total: number | null = items.length): Page<T> {
  return { items, page: n, perPage: 2, nextPage, total, totalPages: null };
}
export const group = (id: number, name: string, parentId: number | null = null): Group => ({
  kind: 'group', id, name, path: name.toLowerCase(), fullPath: name.toLowerCase(), fullName: name, parentId, webUrl: '',
});
export const project = (id: number, name: string): Project => ({
  kind: 'project', id, name, path: name.toLowerCase(), fullPath: `acme/${name.toLowerCase()}`, fullName: name,
  namespace: { id: 100, kind: 'group', fullPath: 'acme' }, webUrl: '',
});
export const member = (id: number, name: string, accessLevel = 30, extra: Partial<Member> = {}): Member => ({
  id, username: name.split(' ')[0].toLowerCase(), name, state: 'active', accessLevel, expiresAt: null, membershipState: 'active', ...extra,
});
export const invitation = (_id: number, email: string): Invitation => ({ email, accessLevel: 20, expiresAt: '2026-11-25' });

export type FakeApi = GitLabApi & { calls: string[] };

/** A GitLabApi with the given methods (the lists default to empty); any other call throws. */
export function fakeApi(given: Partial<GitLabApi>): FakeApi {
  const empty = async () => page([]);
  const methods: Partial<GitLabApi> = {
    listSubgroups: empty, listGroupProjects: empty, listMembers: empty, listInvitations: empty, listPendingMembers: empty, listAccessRequests: empty, listShares: async () => [], ...given,
  };
  const calls: string[] = [];
  return new Proxy({ instanceUrl: 'https://gitlab.test', calls } as unknown as FakeApi, {
    get(target, prop: string) {
      if (prop in target) return (target as unknown as Record<string, unknown>)[prop];
      const fn = (methods as Record<string, unknown>)[prop];
      if (typeof fn !== 'function') throw new Error(`unexpected call: ${prop}`);
      return (...args: unknown[]) => {
        calls.push(prop);
        return (fn as (...a: unknown[]) => unknown)(...args);
      };
    },
  });
}

export interface SessionOptions { readOnly?: boolean; username?: string; hasToken?: boolean; host?: string; userId?: number }

export function session(api: GitLabApi, opts: SessionOptions = {}): AccountSession {
  const instanceUrl = `https://${opts.host ?? 'gitlab.test'}`;
  const userId = opts.userId ?? 1;
  const account = { instanceUrl, userId, username: opts.username ?? 'demo', name: 'Demo', scopes: [opts.readOnly ? 'read_api' : 'api'] };
  return { account, key: `${instanceUrl}#${userId}`, readOnly: opts.readOnly ?? false, api, hasToken: async () => opts.hasToken ?? true };
}

export function context(api: GitLabApi, opts: SessionOptions & { inherited?: boolean; pins?: Source[] } = {}): NodeContext & { changes: TreeNode[] } {
  const changes: TreeNode[] = [];
  return {
    session: session(api, opts), now: () => now, warningDays: () => 7, showInherited: () => opts.inherited ?? false,
    pins: () => opts.pins ?? [], signal: new AbortController().signal, changed: (n) => changes.push(n), changes,
  };
}

export function env(pins: Record<string, Source[]> = {}): TreeEnv {
  return { now: () => now, warningDays: () => 7, showInherited: () => false, pins: (key) => pins[key] ?? [] };
}

/** A stand-in parent row for nodes built directly in a test. */
export const root: TreeNode = { id: 'acct', parent: undefined, item: () => ({ label: 'root', contextValue: 'root', collapsible: 'expanded' }) };

/** Lets background loads (prefetched folder counts) finish: the fakes answer within microtasks. */
export const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

export const labels = (nodes: readonly TreeNode[]) => nodes.map((n) => n.item().label);

export function find(nodes: readonly TreeNode[], label: string): TreeNode {
  const node = nodes.find((n) => n.item().label === label);
  assert.ok(node, `no row "${label}" in ${JSON.stringify(labels(nodes))}`);
  return node;
}
