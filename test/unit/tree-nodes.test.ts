// Tree nodes in plain Node: a fake GitLabApi returns canned pages; no vscode involved.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { GitLabError } from '../../src/gitlab/errors';
import { GroupNode } from '../../src/tree/groupNode';
import { ProjectNode } from '../../src/tree/projectNode';
import { isLoadsMore } from '../../src/tree/node';
import { TreeModel } from '../../src/tree/treeModel';
import { context, env, fakeApi, find, group, invitation, labels, member, page, project, root, session, settle } from './support/fakeTree';

test('a group lists subgroups, projects, "Load more…" while projects have pages, then the folders', async () => {
  const api = fakeApi({
    listSubgroups: async () => page([group(101, 'Platform', 100)]),
    listGroupProjects: async (_id, req) => (req?.page ?? 1) === 1 ? page([project(200, 'Website')], 1, 2, 2) : page([project(201, 'Docs')], 2, null, 2),
    // Only an already approved invitation: "Awaiting approval" stays hidden.
    listPendingMembers: async () => page([{ id: 5, email: 'x@example.com', approved: true, invited: true }]),
  });
  const ctx = context(api);
  const acme = new GroupNode(ctx, root, group(100, 'Acme'), 50);
  assert.equal(acme.item().contextValue, 'group;canManage;topLevel');
  assert.equal(acme.item().description, 'Owner');

  const first = await acme.children();
  assert.deepEqual(labels(first), ['Platform', 'Website', 'Load more…', 'Members', 'Invitations', 'Seats']);
  const loadMoreRow = find(first, 'Load more…').item();
  assert.equal(loadMoreRow.command?.command, 'gitlabMembers.loadMore');
  assert.equal(loadMoreRow.command?.arguments?.[0], acme);
  assert.equal(api.calls.includes('myAccessLevel'), false, 'an Owner above settles the role without asking');
  assert.equal(find(first, 'Platform').item().contextValue, 'group;canManage');
  assert.equal(api.calls.includes('listPendingMembers'), true, 'a top-level group asks who awaits approval');
  assert.equal(find(first, 'Members').item().contextValue, 'membersFolder;canManage');
  assert.equal(find(first, 'Invitations').item().contextValue, 'invitationsFolder;canManage');

  assert.ok(isLoadsMore(acme));
  await acme.loadMore();
  const second = await acme.children();
  assert.deepEqual(labels(second), ['Platform', 'Website', 'Docs', 'Members', 'Invitations', 'Seats']);
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
  const folder = find(await infra.children(), 'Members');
  assert.equal(folder.item().description, '2 of 3', 'the folder row has its count when the group shows it');
  await settle();
  // Never redrawn for its count: a redraw of a folder VS Code is fetching can leave its rows without handles.
  assert.equal(ctx.changes.filter((n) => n === folder).length, 0, 'the folder is not redrawn to show its count');

  const first = await folder.children!();
  assert.deepEqual(labels(first), ['Ivan Ivanov', '<img src=x onerror=alert(1)>', 'Load more…']);
  assert.equal(api.calls.filter((c) => c === 'listMembers').length, 1, 'opening the folder used the page already loaded');
  assert.equal(folder.item().contextValue, 'membersFolder;canManage;partial');
  const ivan = first[0].item();
  assert.equal(ivan.description, '@ivan · Developer');
  assert.equal(ivan.contextValue, 'member;direct;canManage;topLevel');
  assert.deepEqual(ivan.icon, { id: 'account', color: undefined });

  assert.ok(isLoadsMore(folder));
  await folder.loadMore();
  const all = await folder.children!();
  assert.deepEqual(labels(all), ['Ivan Ivanov', '<img src=x onerror=alert(1)>', 'Judy Jones']);
  assert.equal(folder.item().description, '3');
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
  assert.equal(failed[0].item().contextValue, 'message;error;retry');
  assert.deepEqual(failed[0].item().command, { command: 'gitlabMembers.retry', title: 'Retry', arguments: [members] });
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
  assert.equal(big.item().description, '1 of 10,000+', 'GitLab gives no total above 10,000 rows');
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
  assert.equal(row.id, 'acct/project:200/invitations/invitation:new.person@example.com');
});

test('inherited, expired and read-only rows', async () => {
  const api = fakeApi({
    listMembers: async () => page([
      member(4, 'Carol Chen', 40, { inheritedFrom: { kind: 'group', fullPath: 'acme' } }),
      member(5, 'Dave Diaz', 30, { expiresAt: '2026-11-20' }),
    ]),
  });
  const [carol, dave] = await (await new GroupNode(context(api), root, group(101, 'Platform', 100), 50).children())[0].children!();
  assert.equal(carol.item().contextValue, 'member;inherited');
  assert.equal(carol.item().description, 'from acme · Maintainer · @carol', 'acme is not a row above: its path');
  assert.equal(carol.item().icon?.id, 'type-hierarchy-sub');
  // Under Acme's own row, the source is named as the tree shows it.
  const acme = new GroupNode(context(api), root, group(100, 'Acme'), 50);
  const platform = new GroupNode(context(api), acme, { ...group(101, 'Platform', 100), fullPath: 'acme/platform' }, 50);
  const [carolUnderAcme] = await (await platform.children())[0].children!();
  assert.equal(carolUnderAcme.item().description, 'from Acme · Maintainer · @carol');
  assert.equal(dave.item().description, '@dave · Developer · expired');
  assert.equal(dave.item().icon?.color, 'errorForeground');

  const readOnly = new GroupNode(context(api, { readOnly: true }), root, group(101, 'Platform', 100), 50);
  assert.equal(readOnly.item().contextValue, 'group;readOnly');
  const [, roDave] = await (await readOnly.children())[0].children!();
  assert.equal(roDave.item().contextValue, 'member;direct;readOnly');
});

test('one account is flattened; several show account rows; a missing token is an error row', async () => {
  const api = fakeApi({
    listTopLevelGroups: async () => page([group(100, 'Acme'), group(120, 'Partner Co')]),
    myAccessLevel: async (ref) => (ref.id === 100 ? 50 : 30),
    listPendingMembers: async () => page([]),
  });
  const one = new TreeModel(() => [session(api)], env(), () => undefined);
  const roots = await one.children();
  assert.deepEqual(labels(roots), ['Acme', 'Partner Co', 'Personal projects']);
  assert.deepEqual(roots.map((n) => n.item().contextValue), ['group;canManage;topLevel', 'group;topLevel', 'personalProjects']);
  assert.equal(one.parentOf(roots[0]), undefined);
  assert.equal(roots[0].id, 'https://gitlab.test#1/group:100');

  const two = new TreeModel(
    () => [session(api), session(fakeApi({}), { hasToken: false, username: 'alice', host: 'gitlab.example.com' })],
    env(),
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

test('a token GitLab refuses (401: expired or revoked since sign-in) offers signing in again, not a retry', async () => {
  const api = fakeApi({
    listTopLevelGroups: async () => { throw new GitLabError('The token was refused (401). Check it or create a new one.', { kind: 'unauthorized', status: 401 }); },
  });
  const roots = await new TreeModel(() => [session(api)], env(), () => undefined).children();
  const row = roots[0].item();
  assert.equal(row.label, "Couldn't load groups: The token was refused (401). Check it or create a new one. Click to sign in again.");
  assert.equal(row.contextValue, 'message;error;retry;tokenRefused', 'the inline Retry stays for after signing in');
  assert.deepEqual(row.command, { command: 'gitlabMembers.signIn', title: 'Sign In Again', arguments: [{ instanceUrl: 'https://gitlab.test' }] });
});

test('state icons: awaiting approval is a watch, blocked a slashed circle (greyed unless expiry colours it)', async () => {
  const { memberIcon } = await import('../../src/tree/expiryStyle');
  const ctx = { now: () => new Date('2026-11-22T12:00:00Z'), warningDays: () => 7 };
  const base = member(7, 'frank', 30);
  assert.deepEqual(memberIcon({ ...base, membershipState: 'awaiting' }, ctx), { id: 'watch', color: undefined });
  assert.deepEqual(memberIcon({ ...base, state: 'blocked' }, ctx), { id: 'circle-slash', color: 'disabledForeground' });
  assert.deepEqual(memberIcon({ ...base, state: 'blocked', expiresAt: '2026-11-01' }, ctx), { id: 'circle-slash', color: 'errorForeground' });
  assert.deepEqual(memberIcon({ ...base, expiresAt: '2026-11-25' }, ctx), { id: 'account', color: 'list.warningForeground' });
});
