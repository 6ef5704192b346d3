// Tree nodes in plain Node: a fake GitLabApi returns canned pages; no vscode involved.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import type { AccountSession } from '../../src/accounts/sessions';
import type { GitLabApi } from '../../src/gitlab/api';
import { GitLabError } from '../../src/gitlab/errors';
import type { Group, Invitation, Member, Page, Project } from '../../src/gitlab/types';
import { GroupNode } from '../../src/tree/groupNode';
import { ProjectNode } from '../../src/tree/projectNode';
import { isLoadsMore, type NodeContext, type TreeNode } from '../../src/tree/node';
import { TreeModel } from '../../src/tree/treeModel';

const now = new Date(2026, 10, 22, 12);

function page<T>(items: T[], n = 1, nextPage: number | null = null, total: number | null = items.length): Page<T> {
  return { items, page: n, perPage: 2, nextPage, total, totalPages: null };
}
const group = (id: number, name: string, parentId: number | null = null): Group => ({
  kind: 'group', id, name, path: name.toLowerCase(), fullPath: name.toLowerCase(), fullName: name, parentId, webUrl: '',
});
const project = (id: number, name: string): Project => ({
  kind: 'project', id, name, path: name.toLowerCase(), fullPath: `acme/${name.toLowerCase()}`, fullName: name,
  namespace: { id: 100, kind: 'group', fullPath: 'acme' }, webUrl: '',
});
const member = (id: number, name: string, accessLevel = 30, extra: Partial<Member> = {}): Member => ({
  id, username: name.split(' ')[0].toLowerCase(), name, state: 'active', accessLevel, expiresAt: null, membershipState: 'active', ...extra,
});
const invitation = (id: number, email: string): Invitation => ({ id, email, accessLevel: 20, expiresAt: '2026-11-25' });

/** A GitLabApi with the given methods (lists not given are empty); any other call fails the test. */
function fakeApi(given: Partial<GitLabApi>): GitLabApi & { calls: string[] } {
  const empty = async () => page([]);
  const methods: Partial<GitLabApi> = { listSubgroups: empty, listGroupProjects: empty, listInvitations: empty, ...given };
  const calls: string[] = [];
  return new Proxy({ instanceUrl: 'https://gitlab.test', calls } as unknown as GitLabApi & { calls: string[] }, {
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

function session(api: GitLabApi, opts: { readOnly?: boolean; username?: string; hasToken?: boolean; host?: string } = {}): AccountSession {
  const instanceUrl = `https://${opts.host ?? 'gitlab.test'}`;
  const account = { instanceUrl, userId: 1, username: opts.username ?? 'demo', name: 'Demo', scopes: [opts.readOnly ? 'read_api' : 'api'] };
  return { account, key: `${instanceUrl}#1`, readOnly: opts.readOnly ?? false, api, hasToken: async () => opts.hasToken ?? true };
}

function context(api: GitLabApi, opts: { readOnly?: boolean } = {}): NodeContext & { changes: TreeNode[] } {
  const changes: TreeNode[] = [];
  return { session: session(api, opts), now: () => now, warningDays: () => 7, changed: (n) => changes.push(n), changes };
}

const root: TreeNode = { id: 'acct', parent: undefined, item: () => ({ label: 'root', contextValue: 'root', collapsible: 'expanded' }) };
const labels = (nodes: TreeNode[]) => nodes.map((n) => n.item().label);
const find = (nodes: TreeNode[], label: string) => {
  const node = nodes.find((n) => n.item().label === label);
  assert.ok(node, `no row "${label}" in ${JSON.stringify(labels(nodes))}`);
  return node;
};

test('a group lists subgroups, projects, "Load more…" while projects have pages, then the folders', async () => {
  const api = fakeApi({
    listSubgroups: async () => page([group(101, 'Platform', 100)]),
    listGroupProjects: async (_id, req) => (req?.page ?? 1) === 1 ? page([project(200, 'Website')], 1, 2, 2) : page([project(201, 'Docs')], 2, null, 2),
  });
  const ctx = context(api);
  const acme = new GroupNode(ctx, root, group(100, 'Acme'), 50);
  assert.equal(acme.item().contextValue, 'group;canManage');
  assert.equal(acme.item().description, 'Owner');

  const first = await acme.children();
  assert.deepEqual(labels(first), ['Platform', 'Website', 'Load more…', 'Members', 'Invitations']);
  const loadMoreRow = find(first, 'Load more…').item();
  assert.equal(loadMoreRow.command?.command, 'gitlabMembers.loadMore');
  assert.equal(loadMoreRow.command?.arguments?.[0], acme);
  assert.equal(api.calls.includes('myAccessLevel'), false, 'an Owner above settles the role without asking');
  assert.equal(find(first, 'Platform').item().contextValue, 'group;canManage');
  assert.equal(find(first, 'Members').item().contextValue, 'membersFolder;canManage');
  assert.equal(find(first, 'Invitations').item().contextValue, 'invitationsFolder;canManage');

  assert.ok(isLoadsMore(acme));
  await acme.loadMore();
  const second = await acme.children();
  assert.deepEqual(labels(second), ['Platform', 'Website', 'Docs', 'Members', 'Invitations']);
  assert.equal(second[0], first[0], 'loaded nodes are kept, so their own state survives');
  assert.deepEqual(second.map((n) => n.id).slice(0, 3), ['acct/group:100/group:101', 'acct/group:100/project:200', 'acct/group:100/project:201']);
});

test('members come page by page; "Load more…" appends the next page and the folder shows the total', async () => {
  const pages = [
    page([member(11, 'Ivan Ivanov'), member(9, '<img src=x onerror=alert(1)>', 20)], 1, 2, 3),
    page([member(12, 'Judy Jones', 20, { expiresAt: '2026-11-25' })], 2, null, 3),
  ];
  const api = fakeApi({ listMembers: async (_source, req) => pages[(req?.page ?? 1) - 1] });
  const ctx = context(api);
  const infra = new GroupNode(ctx, root, group(102, 'Infra'), 50);
  const members = infra.children().then((rows) => find(rows, 'Members'));
  const folder = await members;
  assert.equal(folder.item().description, undefined, 'no count before loading');

  const first = await folder.children!();
  assert.deepEqual(labels(first), ['Ivan Ivanov', '<img src=x onerror=alert(1)>', 'Load more…']);
  assert.equal(folder.item().description, '3');
  assert.deepEqual(ctx.changes, [folder], 'the folder is redrawn once to show its count');
  const ivan = first[0].item();
  assert.equal(ivan.description, '@ivan · Developer');
  assert.equal(ivan.contextValue, 'member;direct;canManage');
  assert.deepEqual(ivan.icon, { id: 'account', color: undefined });

  assert.ok(isLoadsMore(folder));
  await folder.loadMore();
  const all = await folder.children!();
  assert.deepEqual(labels(all), ['Ivan Ivanov', '<img src=x onerror=alert(1)>', 'Judy Jones']);
  const judy = all[2].item();
  assert.equal(judy.description, '@judy · Reporter · expires in 3 days');
  assert.equal(judy.icon?.color, 'list.warningForeground');
  assert.deepEqual(judy.tooltip?.lines.find((l) => l.label === 'Expires'), { label: 'Expires', value: '2026-11-25 (in 3 days)' });
});

test('a failed load is an error row, never an empty list; an empty one says so', async () => {
  const api = fakeApi({
    listMembers: async () => { throw new GitLabError('You do not have access to this group.', { kind: 'forbidden', status: 403 }); },
    listInvitations: async () => page([]),
  });
  const [members, invitations] = await new GroupNode(context(api), root, group(120, 'Partner Co'), 30).children().then((r) => r.slice(-2));
  const failed = await members.children!();
  assert.deepEqual(labels(failed), ["Couldn't load members: You do not have access to this group."]);
  assert.equal(failed[0].item().contextValue, 'message;error');
  assert.deepEqual(failed[0].item().icon, { id: 'error', color: 'errorForeground' });
  const empty = await invitations.children!();
  assert.deepEqual(labels(empty), ['No pending invitations']);
  assert.equal(empty[0].item().contextValue, 'message;empty');
  assert.equal(invitations.item().contextValue, 'invitationsFolder', 'a Developer cannot manage group invitations');
});

test('"No members" for an empty folder; a later page failing keeps the rows and offers a retry', async () => {
  const empty = fakeApi({ listMembers: async () => page([]) });
  const folder = (await new GroupNode(context(empty), root, group(1, 'Empty'), 50).children())[0];
  assert.deepEqual(labels(await folder.children!()), ['No members']);
  assert.equal(folder.item().description, '0');

  let fail = true;
  const flaky = fakeApi({
    listMembers: async (_s, req) => {
      if ((req?.page ?? 1) === 1) return page([member(2, 'Alice Anders')], 1, 2, null);
      if (fail) throw new GitLabError('GitLab is not answering.', { kind: 'timeout' });
      return page([member(3, 'Bob Brown')], 2, null, null);
    },
  });
  const big = (await new GroupNode(context(flaky), root, group(110, 'Big Org'), 50).children())[0];
  await big.children!();
  assert.equal(big.item().description, '10,000+', 'GitLab gives no total above 10,000 rows');
  assert.ok(isLoadsMore(big));
  await big.loadMore();
  assert.deepEqual(labels(await big.children!()), ['Alice Anders', "Couldn't load members: GitLab is not answering.", 'Load more…']);
  fail = false;
  await big.loadMore();
  assert.deepEqual(labels(await big.children!()), ['Alice Anders', 'Bob Brown']);
});

test('a project shows its folders; a Maintainer manages its invitations', async () => {
  const api = fakeApi({ listInvitations: async (ref) => page(ref.kind === 'project' ? [invitation(7, 'new.person@example.com')] : []) });
  const website = new ProjectNode(context(api), root, project(200, 'Website'), 40);
  assert.equal(website.item().contextValue, 'project;canManage');
  assert.equal(website.item().description, 'Maintainer');
  const folders = await website.children();
  assert.deepEqual(labels(folders), ['Members', 'Invitations']);
  assert.equal(folders[1].id, 'acct/project:200/invitations');
  const [row] = await folders[1].children!();
  assert.deepEqual([row.item().label, row.item().description, row.item().contextValue], [
    'new.person@example.com', 'Reporter · expires in 3 days', 'invitation;canManage',
  ]);
  assert.equal(row.id, 'acct/project:200/invitations/invitation:7');
});

test('inherited, expired and read-only rows', async () => {
  const api = fakeApi({
    listMembers: async () => page([
      member(4, 'Carol Chen', 40, { inheritedFrom: { kind: 'group', fullPath: 'acme' } }),
      member(5, 'Dave Diaz', 30, { expiresAt: '2026-11-20' }),
    ]),
  });
  const [carol, dave] = await (await new GroupNode(context(api), root, group(101, 'Platform'), 50).children())[0].children!();
  assert.equal(carol.item().contextValue, 'member;inherited');
  assert.equal(carol.item().description, '@carol · Maintainer · inherited from acme');
  assert.equal(dave.item().description, '@dave · Developer · expired');
  assert.equal(dave.item().icon?.color, 'errorForeground');

  const readOnly = new GroupNode(context(api, { readOnly: true }), root, group(101, 'Platform'), 50);
  assert.equal(readOnly.item().contextValue, 'group');
  const [, roDave] = await (await readOnly.children())[0].children!();
  assert.equal(roDave.item().contextValue, 'member;direct');
});

test('one account is flattened; several show account rows; a missing token is an error row', async () => {
  const api = fakeApi({
    listTopLevelGroups: async () => page([group(100, 'Acme'), group(120, 'Partner Co')]),
    myAccessLevel: async (ref) => (ref.id === 100 ? 50 : 30),
  });
  const one = new TreeModel(() => [session(api)], { now: () => now, warningDays: () => 7 }, () => undefined);
  const roots = await one.children();
  assert.deepEqual(labels(roots), ['Acme', 'Partner Co', 'Personal projects']);
  assert.deepEqual(roots.map((n) => n.item().contextValue), ['group;canManage', 'group', 'personalProjects']);
  assert.equal(one.parentOf(roots[0]), undefined);
  assert.equal(roots[0].id, 'https://gitlab.test#1/group:100');

  const two = new TreeModel(
    () => [session(api), session(fakeApi({}), { hasToken: false, username: 'alice', host: 'gitlab.example.com' })],
    { now: () => now, warningDays: () => 7 },
    () => undefined,
  );
  const accounts = await two.children();
  assert.deepEqual(accounts.map((n) => [n.item().label, n.item().description, n.item().contextValue]), [
    ['@demo', 'gitlab.test', 'account'],
    ['@alice', 'gitlab.example.com', 'account'],
  ]);
  const [missing] = await two.children(accounts[1]);
  assert.equal(missing.item().label, 'Token missing — sign in again');
  assert.equal(missing.item().contextValue, 'message;error;tokenMissing');
  assert.equal(missing.item().command?.command, 'gitlabMembers.signIn');
});
