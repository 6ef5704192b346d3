// The tree's nodes over the real API client and the local GitLab emulator: what a user would see.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import type { AccountSession } from '../../src/accounts/sessions';
import type { GitLabApi } from '../../src/gitlab/api';
import type { TreeNode } from '../../src/tree/node';
import { isLoadsMore } from '../../src/tree/node';
import { TreeModel } from '../../src/tree/treeModel';
import { clientFor, useEmulator } from './support/emulatorClient';

const emulator = useEmulator();

function model(api: GitLabApi, readOnly = false): TreeModel {
  const account = { instanceUrl: emulator().url, userId: 1, username: 'demo', name: 'Demo Owner', scopes: [readOnly ? 'read_api' : 'api'] };
  const session: AccountSession = { account, key: `${account.instanceUrl}#1`, readOnly, api, hasToken: async () => true };
  return new TreeModel(() => [session], { now: () => new Date(), warningDays: () => 7 }, () => undefined);
}

const label = (n: TreeNode) => n.item().label;
async function open(tree: TreeModel, ...path: string[]): Promise<TreeNode[]> {
  let rows = await tree.children();
  for (const name of path) {
    const next = rows.find((n) => label(n) === name);
    assert.ok(next, `no "${name}" among ${JSON.stringify(rows.map(label))}`);
    rows = await tree.children(next);
  }
  return rows;
}

test('acme / platform / infra / members, with roles and a hostile name as text', async () => {
  const tree = model(clientFor(emulator()).api);
  const roots = await tree.children();
  assert.ok(roots.some((n) => label(n) === 'Acme'), JSON.stringify(roots.map(label)));
  assert.equal(label(roots[roots.length - 1]), 'Personal projects');
  const acme = await open(tree, 'Acme');
  assert.deepEqual(acme.slice(-2).map(label), ['Members', 'Invitations']);
  assert.equal(acme.find((n) => label(n) === 'Platform')?.item().contextValue, 'group;canManage');
  const members = await open(tree, 'Acme', 'Platform', 'Infra', 'Members');
  const ivan = members.find((n) => /Ivan/.test(label(n)));
  assert.match(ivan?.item().description ?? '', /^@ivan · Developer/);
  assert.ok(members.some((n) => label(n) === '<img src=x onerror=alert(1)>'));
});

test('big-org members page by page', async () => {
  const tree = model(clientFor(emulator()).api);
  const bigOrg = await open(tree, 'Big Org');
  const folder = bigOrg.find((n) => label(n) === 'Members')!;
  const first = await tree.children(folder);
  assert.equal(label(first[first.length - 1]), 'Load more…');
  const before = first.length - 1;
  assert.ok(isLoadsMore(folder));
  await folder.loadMore();
  const second = await tree.children(folder);
  assert.equal(second.length - 1, before * 2);
  assert.equal(new Set(second.map((n) => n.id)).size, second.length, 'ids are unique');
  assert.ok(folder.item().description, 'the folder shows a count');
});

test('a Developer on partner-co and a read-only token manage nothing', async () => {
  const owner = model(clientFor(emulator()).api);
  const partner = (await owner.children()).find((n) => label(n) === 'Partner Co');
  assert.equal(partner?.item().contextValue, 'group');
  assert.equal(partner?.item().description, 'Developer');

  const readOnly = model(clientFor(emulator(), emulator().tokens.readOnly).api, true);
  const acme = (await readOnly.children()).find((n) => label(n) === 'Acme');
  assert.equal(acme?.item().contextValue, 'group');
  const rows = await open(readOnly, 'Acme', 'Members');
  assert.ok(rows.length > 0 && rows.every((n) => !n.item().contextValue.includes('canManage')));
});

test('personal projects', async () => {
  const tree = model(clientFor(emulator()).api);
  const rows = await open(tree, 'Personal projects');
  const sandbox = rows.find((n) => label(n) === 'Sandbox');
  assert.ok(sandbox, JSON.stringify(rows.map(label)));
  assert.equal(sandbox.item().contextValue, 'project;canManage');
});
