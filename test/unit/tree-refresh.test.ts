// Refreshing one node or one source's folder, finding loaded rows, pinned sources, the expiring-soon count.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { GitLabError } from '../../src/gitlab/errors';
import type { TreeNode } from '../../src/tree/node';
import { countExpiringSoon, findSourceNodes } from '../../src/tree/loadedNodes';
import { TreeModel } from '../../src/tree/treeModel';
import type { MembersFolderNode } from '../../src/tree/membersFolderNode';
import { env, fakeApi, find, group, labels, member, now, page, project, session, settle } from './support/fakeTree';

function acmeApi() {
  return fakeApi({
    listTopLevelGroups: async () => page([group(100, 'Acme')]),
    listSubgroups: async (id) => page(id === 100 ? [{ ...group(101, 'Platform', 100), fullPath: 'acme/platform' }] : []),
    listGroupProjects: async (id) => page(id === 101 ? [project(201, 'API')] : []),
    myAccessLevel: async () => 50,
    listMembers: async (source) => page(source.id === 101
      ? [member(4, 'Dave Diaz', 30, { expiresAt: '2026-11-28' }), member(5, 'Erin Evans', 30, { expiresAt: '2026-11-21' })]
      : [member(3, 'Carol Chen', 30, { expiresAt: '2026-11-25' })]),
  });
}

function tree(api = acmeApi(), pins: Parameters<typeof env>[0] = {}) {
  const changes: Array<TreeNode | undefined> = [];
  return { model: new TreeModel(() => [session(api)], env(pins), (n) => changes.push(n)), changes, api };
}

async function open(model: TreeModel, ...path: string[]): Promise<TreeNode> {
  let node: TreeNode | undefined;
  for (const name of path) node = find(await model.children(node), name);
  return node!;
}

test('refreshing one folder re-fetches that folder only and redraws it', async () => {
  const { model, changes, api } = tree();
  const members = await open(model, 'Acme', 'Platform', 'Members');
  await model.children(members);
  await open(model, 'Acme', 'Members');
  await settle();
  const before = api.calls.length;
  const [platform] = findSourceNodes(model.accounts, 'group', 'acme/platform');
  assert.equal(platform.folder('members'), members);
  changes.length = 0;
  model.refreshNode(platform.folder('members')!);
  assert.deepEqual(changes, [], 'redrawn before the new rows are in');
  await settle();
  assert.deepEqual(changes, [members], 'not redrawn once the new rows are in');
  assert.equal(members.item().description, '2', 'the redraw has no count');
  changes.length = 0;
  assert.deepEqual(labels(await model.children(members)), ['Dave Diaz', 'Erin Evans']);
  assert.deepEqual(changes, [], 'children() asked for another redraw of the folder (VS Code drops it)');
  assert.deepEqual(api.calls.slice(before), ['listMembers'], 'nothing else was asked again');
});

test('refreshing a group forgets its children; the account above keeps its own', async () => {
  const { model, api } = tree();
  const platform = await open(model, 'Acme', 'Platform');
  await model.children(platform);
  const before = api.calls.length;
  model.refreshNode(platform);
  assert.deepEqual(findSourceNodes(model.accounts, 'project', 201), [], 'the project row is dropped until loaded again');
  assert.deepEqual(labels(await model.children(platform)), ['API', 'Members', 'Invitations']);
  assert.ok(!api.calls.slice(before).includes('listTopLevelGroups'));
  assert.ok(api.calls.slice(before).includes('listSubgroups'));
});

test('a reloaded group keeps what the user set on its Members folder: the filter, inherited rows, the sort', async () => {
  const asked: Array<{ query?: string; inherited?: boolean }> = [];
  const api = acmeApi();
  const { model } = tree(fakeApi({
    ...Object.fromEntries(['listTopLevelGroups', 'listSubgroups', 'listGroupProjects', 'myAccessLevel'].map((k) => [k, (api as unknown as Record<string, unknown>)[k]])),
    listMembers: async (_source, req) => {
      asked.push({ query: req?.query, inherited: req?.inherited });
      return page([member(3, 'Carol Chen', 30)]);
    },
  }));
  const platform = await open(model, 'Acme', 'Platform');
  const members = find(await model.children(platform), 'Members') as MembersFolderNode;
  members.setQuery('carol');
  members.setInherited(true);
  members.setSort('role');
  model.refreshNode(platform);
  const again = find(await model.children(platform), 'Members') as MembersFolderNode;
  assert.notEqual(again, members, 'the folder is built anew');
  assert.deepEqual([again.query, again.inheritedShown, again.sort], ['carol', true, 'role']);
  await model.children(again);
  assert.deepEqual(asked.at(-1), { query: 'carol', inherited: true }, 'the reload asks GitLab as the user had set it');
  assert.match(again.item().description ?? '', /with inherited/);
});

test('memberships expiring soon are counted among loaded direct members only', async () => {
  const { model } = tree();
  assert.equal(countExpiringSoon(model.accounts, now, 7), 0);
  await model.children(await open(model, 'Acme', 'Platform'));
  await settle(); // both Members folders (acme, acme/platform) have their first page now
  assert.equal(countExpiringSoon(model.accounts, now, 7), 2, 'Carol in 3 days, Dave in 6; Erin already expired');
  assert.equal(countExpiringSoon(model.accounts, now, 3), 1);
  assert.equal(countExpiringSoon(model.accounts, now, 2), 0);
});

test('pinned sources show under the account, once, and can be found for a refresh', async () => {
  const infra = { ...group(102, 'Infra', 101), fullPath: 'acme/platform/infra' };
  const pins = { 'https://gitlab.test#1': [infra, group(100, 'Acme'), project(201, 'API')] };
  const { model } = tree(acmeApi(), pins);
  const roots = await model.children();
  assert.deepEqual(labels(roots), ['Acme', 'Infra', 'API', 'Personal projects'], 'Acme is listed already: not twice');
  assert.deepEqual(roots.map((n) => n.id), [
    'https://gitlab.test#1/group:100', 'https://gitlab.test#1/pin:group:102', 'https://gitlab.test#1/pin:project:201', 'https://gitlab.test#1/personal',
  ]);
  await model.children(find(roots, 'Acme'));
  await model.children(await open(model, 'Acme', 'Platform'));
  assert.equal(findSourceNodes(model.accounts, 'project', 201).length, 2, 'in place and pinned');
});

test('"Awaiting approval" hides when GitLab has no such list, and shows a real failure', async () => {
  const failing = (kind: 'not-found' | 'server') => fakeApi({
    listTopLevelGroups: async () => page([group(100, 'Acme')]),
    myAccessLevel: async () => 50,
    listPendingMembers: async () => { throw new GitLabError(`pending failed: ${kind}`, { kind }); },
  });
  const free = tree(failing('not-found')).model;
  assert.deepEqual(labels(await free.children(await open(free, 'Acme'))), ['Members', 'Invitations', 'Seats']);
  const broken = tree(failing('server')).model;
  const folder = find(await broken.children(await open(broken, 'Acme')), 'Awaiting approval');
  assert.deepEqual(labels(await broken.children(folder)), ["Couldn't load members awaiting approval: pending failed: server"]);
});

test('refreshing the whole tree stops the loads still running for the old rows', async () => {
  const signals: AbortSignal[] = [];
  const api = fakeApi({
    listTopLevelGroups: async () => page([group(100, 'Acme')]),
    myAccessLevel: async () => 50,
    listSubgroups: (_id, _req, opts) => { signals.push(opts!.signal!); return new Promise(() => undefined); },
  });
  const { model } = tree(api);
  const acme = find(await model.children(), 'Acme');
  void model.children(acme);
  await settle();
  assert.equal(signals.length, 1);
  assert.equal(signals[0].aborted, false);
  model.rebuild();
  assert.equal(signals[0].aborted, true, 'the subgroups request of the old Acme row was aborted');
});

test('a group row is drawn with its role; a refreshed row asks again and rebuilds when the role changed', async () => {
  let role = 50;
  let answer: () => void = () => undefined;
  const api = fakeApi({
    listTopLevelGroups: async () => page([group(100, 'Acme')]),
    myAccessLevel: () => new Promise((resolve) => { answer = () => resolve(role); }),
  });
  const { model, changes } = tree(api);
  const roots = model.children();
  await settle();
  answer();
  const acme = find(await roots, 'Acme');
  assert.equal(acme.item().contextValue, 'group;canManage;topLevel', 'the first drawing offers the actions');
  assert.equal(find(await model.children(acme), 'Members').item().contextValue, 'membersFolder;canManage');

  role = 30; // demoted in GitLab meanwhile
  model.refreshNode(acme);
  const meanwhile = find(await model.children(acme), 'Members');
  assert.equal(meanwhile.item().contextValue, 'membersFolder;canManage', 'until GitLab answers, the role the row had');
  changes.length = 0;
  answer();
  await settle();
  assert.equal(acme.item().contextValue, 'group;topLevel', 'Refresh shows the new role');
  assert.equal(acme.item().description, 'Developer');
  assert.deepEqual(changes, [acme], 'the row is redrawn once the answer differs');
  assert.equal(find(await model.children(acme), 'Members').item().contextValue, 'membersFolder', 'its folders are rebuilt with the new role');
});

test('a redraw asked while the node\'s children are being fetched is sent after the fetch', async () => {
  let release: () => void = () => undefined;
  const api = fakeApi({
    listTopLevelGroups: async () => page([group(100, 'Acme')]),
    myAccessLevel: async () => 50,
    listSubgroups: () => new Promise((resolve) => { release = () => resolve(page([])); }),
  });
  const { model, changes } = tree(api);
  const acme = find(await model.children(), 'Acme');
  await settle();
  changes.length = 0;
  const fetching = model.children(acme);
  await settle();
  model.changed(acme); // e.g. the role's answer, or a folder's count, arriving meanwhile
  assert.deepEqual(changes.filter((n) => n === acme), [], 'not while VS Code is fetching the row\'s children');
  release();
  await fetching;
  // Sent a couple of timer turns after the fetch (after VS Code has written its reply): wait for it, bounded.
  for (const deadline = Date.now() + 2_000; !changes.includes(acme) && Date.now() < deadline;) await new Promise((r) => setTimeout(r, 0));
  assert.deepEqual(changes.filter((n) => n === acme), [acme], 'sent once the fetch is done');
});

test('rows replaced by a refresh have no children any more (a late fetch of the old row registers nothing)', async () => {
  const { model } = tree();
  const acme = find(await model.children(), 'Acme');
  const oldMembers = find(await model.children(acme), 'Members');
  const oldPlatform = find(await model.children(acme), 'Platform');
  model.refreshNode(acme);
  assert.deepEqual(await model.children(oldMembers), []);
  assert.deepEqual(await model.children(oldPlatform), []);
  const members = find(await model.children(acme), 'Members');
  assert.notEqual(members, oldMembers);
  assert.deepEqual(labels(await model.children(members)), ['Carol Chen']);
});
