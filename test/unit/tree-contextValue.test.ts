// The contextValue of each row kind follows GitLab's rules for who may manage what (the grammar in
// src/domain/contextValue.ts), so menus matching on it offer only allowed actions.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { AwaitingFolderNode } from '../../src/tree/awaitingFolderNode';
import { GroupNode } from '../../src/tree/groupNode';
import { ProjectNode } from '../../src/tree/projectNode';
import type { TreeNode } from '../../src/tree/node';
import { context, fakeApi, find, group, invitation, member, page, project, root } from './support/fakeTree';

const people = [
  member(1, 'Demo Owner', 50),
  member(2, 'Alice Anders', 40),
  member(6, 'Frank Fischer', 30, { membershipState: 'awaiting' }),
  member(7, 'Mallory Moore', 20, { state: 'blocked' }),
];
const api = fakeApi({
  listMembers: async () => page(people),
  listInvitations: async () => page([invitation(3, 'dev@example.com')]),
  listPendingMembers: async () => page([
    { id: 61, name: 'Frank Fischer', username: 'frank', approved: false, invited: false },
    { id: 62, email: 'old@example.com', approved: true, invited: true },
    { id: 63, email: 'newbie@example.net', approved: false, invited: true },
  ]),
});

async function rows(node: TreeNode, folder: string): Promise<string[]> {
  const children = await find(await node.children!(), folder).children!();
  return children.map((n) => `${n.item().label} = ${n.item().contextValue}`);
}

test('on a group: an Owner manages direct members; flags for self, owner, awaiting, blocked', async () => {
  const acme = new GroupNode(context(api), root, group(100, 'Acme'), 50);
  assert.equal(acme.item().contextValue, 'group;canManage;topLevel');
  assert.deepEqual(await rows(acme, 'Members'), [
    'Demo Owner = member;direct;canManage;self;owner;topLevel',
    'Alice Anders = member;direct;canManage;topLevel',
    'Frank Fischer = member;direct;canManage;awaiting;topLevel',
    'Mallory Moore = member;direct;canManage;blocked;topLevel',
  ]);
  assert.deepEqual(await rows(acme, 'Invitations'), ['dev@example.com = invitation;canManage']);
  assert.deepEqual(await rows(acme, 'Awaiting approval'), [
    'Frank Fischer = pendingMember;awaiting;canManage',
    'newbie@example.net = pendingMember;awaiting;invited;canManage',
  ]);
  const [frank] = await find(await acme.children(), 'Awaiting approval').children!();
  assert.equal((frank as unknown as { pending: { id: number } }).pending.id, 61, 'the row carries the member id approve takes');
});

test('on a group a Maintainer manages nothing; on a project a Maintainer manages all but Owners', async () => {
  const maintainerOfGroup = new GroupNode(context(api), root, group(101, 'Platform', 100), 40);
  assert.equal(maintainerOfGroup.item().contextValue, 'group');
  assert.ok((await rows(maintainerOfGroup, 'Members')).every((r) => !r.includes('canManage')));
  assert.ok(!(await maintainerOfGroup.children()).some((n) => n instanceof AwaitingFolderNode), 'no approvals list for a non-Owner');

  const website = new ProjectNode(context(api), root, project(200, 'Website'), 40);
  assert.equal(website.item().contextValue, 'project;canManage');
  assert.deepEqual(await rows(website, 'Members'), [
    'Demo Owner = member;direct;self;owner',
    'Alice Anders = member;direct;canManage',
    'Frank Fischer = member;direct;canManage;awaiting',
    'Mallory Moore = member;direct;canManage;blocked',
  ]);
  const asOwner = new ProjectNode(context(api), root, project(200, 'Website'), 50);
  assert.match((await rows(asOwner, 'Members'))[0], /= member;direct;canManage;self;owner$/);
});

test('a read-only token: readOnly on every row, canManage on none', async () => {
  const acme = new GroupNode(context(api, { readOnly: true }), root, group(100, 'Acme'), 50);
  assert.equal(acme.item().contextValue, 'group;topLevel;readOnly');
  const all = [...await rows(acme, 'Members'), ...await rows(acme, 'Invitations'), ...await rows(acme, 'Awaiting approval')];
  assert.equal(all.length, 7);
  for (const row of all) assert.match(row, /;readOnly$/);
  for (const row of all) assert.doesNotMatch(row, /canManage/);
  const folders = (await acme.children()).map((n) => n.item().contextValue);
  assert.deepEqual(folders, ['membersFolder;readOnly', 'invitationsFolder;readOnly', 'awaitingFolder;readOnly', 'seatsFolder;readOnly']);
});
