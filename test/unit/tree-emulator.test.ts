// The tree's nodes over the real API client and the local GitLab emulator: what a user would see.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import type { GitLabApi } from '../../src/gitlab/api';
import type { TreeNode } from '../../src/tree/node';
import { walkLoaded } from '../../src/tree/loadedNodes';
import { clientFor, useEmulator } from './support/emulatorClient';
import { emulatorTree, label, open, type TreeOptions } from './support/emulatorTree';

const emulator = useEmulator();

const model = (api: GitLabApi, opts: TreeOptions = {}) => emulatorTree(emulator().url, api, opts);

/** Folder counts load in the background after their parent opens. */
async function waitFor(ok: () => boolean, what: string): Promise<void> {
  for (const deadline = Date.now() + 5000; !ok(); await new Promise((r) => setTimeout(r, 10))) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
  }
}
test('acme / platform / infra: members with roles and a hostile name as text, and its invitation', async () => {
  const tree = model(clientFor(emulator()).api);
  const roots = await tree.children();
  assert.deepEqual(roots.map(label), ['Acme', 'Big Org', 'Partner Co', 'Personal projects']);
  const members = await open(tree, 'Acme', 'Platform', 'Infra', 'Members');
  assert.deepEqual(members.map(label).sort(), ['<img src=x onerror=alert(1)>', 'Ivan Ivanov', 'Judy Jones']);
  assert.match(members.find((n) => label(n) === 'Ivan Ivanov')!.item().description ?? '', /^@ivan · Developer$/);
  const infra = await open(tree, 'Acme', 'Platform', 'Infra');
  await waitFor(() => infra.every((n) => n.item().description !== undefined), 'counts on the folders');
  assert.deepEqual(infra.map((n) => [label(n), n.item().description]), [
    ['Terraform', 'Owner'], ['Members', '3'], ['Invitations', '1'],
  ]);
  const [invite] = await open(tree, 'Acme', 'Platform', 'Infra', 'Invitations');
  assert.equal(label(invite), 'ops-lead@example.com');
  assert.match(invite.item().description ?? '', /^Maintainer · invited by Demo Owner on \d{4}-\d{2}-\d{2}$/);
});

test('"Awaiting approval" on acme lists only rows GitLab has not approved', async () => {
  const tree = model(clientFor(emulator()).api);
  const acme = await open(tree, 'Acme');
  assert.deepEqual(acme.slice(-4).map(label), ['Members', 'Invitations', 'Awaiting approval', 'Seats']);
  const awaiting = await open(tree, 'Acme', 'Awaiting approval');
  assert.deepEqual(awaiting.map(label), ['Frank Fischer', 'Grace Gómez', 'newbie@example.net']);
  assert.deepEqual(awaiting.map((n) => n.item().contextValue), [
    'pendingMember;awaiting;canManage', 'pendingMember;awaiting;canManage', 'pendingMember;awaiting;invited;canManage',
  ]);
  const platform = await open(tree, 'Acme', 'Platform');
  assert.ok(!platform.some((n) => label(n) === 'Awaiting approval'), 'a subgroup has no "Awaiting approval"');
  const bigOrg = await open(tree, 'Big Org');
  assert.ok(!bigOrg.some((n) => label(n) === 'Awaiting approval'), 'shown only when somebody awaits');
});

test('a Developer on partner-co and a read-only token are offered nothing to manage', async () => {
  const owner = model(clientFor(emulator()).api);
  await open(owner, 'Partner Co', 'Shared Lib', 'Members');
  await open(owner, 'Partner Co', 'Members');
  const partner = (await owner.children()).find((n) => label(n) === 'Partner Co')!;
  assert.equal(partner.item().contextValue, 'group;topLevel');
  assert.match(partner.item().tooltip?.lines.find((l) => l.label === 'Members')?.value ?? '', /view only: managing group members needs Owner \(your role is Developer\)/);
  const underPartner = [...walkLoaded([partner], () => true)];
  assert.ok(underPartner.length > 6, `walked ${underPartner.length} rows`);
  assert.deepEqual(underPartner.filter((n) => /canManage/.test(n.item().contextValue)).map(label), []);

  const readOnly = model(clientFor(emulator(), emulator().tokens.readOnly).api, { readOnly: true });
  await open(readOnly, 'Acme', 'Members');
  await open(readOnly, 'Acme', 'Invitations');
  const rows = [...walkLoaded(await readOnly.children(), () => true)];
  assert.ok(rows.length > 10, `walked ${rows.length} rows`);
  assert.deepEqual(rows.filter((n) => /canManage/.test(n.item().contextValue)).map(label), []);
  assert.ok(rows.filter((n) => /^(member|group|membersFolder)/.test(n.item().contextValue)).every((n) => /;readOnly$/.test(n.item().contextValue)));
});

test('personal projects, and a pinned subgroup shown under the account with its path', async () => {
  const api = clientFor(emulator()).api;
  const infra = await api.resolveSource(`${emulator().url}/groups/acme/platform/infra/-/group_members`);
  const changed: Array<TreeNode | undefined> = [];
  const tree = model(api, { pins: [infra], changed: (n) => changed.push(n) });
  const roots = await tree.children();
  assert.deepEqual(roots.map(label), ['Acme', 'Big Org', 'Partner Co', 'Infra', 'Personal projects']);
  const pinned = roots[3];
  assert.equal(pinned.item().description, 'acme/platform/infra · Owner', 'the role is settled before the row is drawn');
  assert.ok(!changed.includes(pinned), 'so no second drawing is needed');
  assert.equal(pinned.item().contextValue, 'group;canManage;pinned');
  assert.deepEqual((await tree.children(pinned)).map(label), ['Terraform', 'Members', 'Invitations']);
  const sandbox = (await open(tree, 'Personal projects')).find((n) => label(n) === 'Sandbox');
  assert.equal(sandbox?.item().contextValue, 'project;canManage');
});
