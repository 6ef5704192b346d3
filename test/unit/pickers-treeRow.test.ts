// Tree commands run without a row (the palette): the selected row's folder is taken when the command fits it,
// else the picker, which says what to do when the tree shows nothing that fits.
import './support/fakeVscode';
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { vscodeCalls } from './support/fakeVscode';
import type { CommandDeps } from '../../src/commands/support/deps';
import { pickFolder, pickSourceRow } from '../../src/commands/pickers/pickTreeRow';
import { GroupNode } from '../../src/tree/groupNode';
import { MembersFolderNode } from '../../src/tree/membersFolderNode';
import type { TreeNode } from '../../src/tree/node';
import { context, fakeApi, find, group, member, page, root } from './support/fakeTree';

async function infra() {
  const node = new GroupNode(context(fakeApi({ listMembers: async () => page([member(9, 'Ivan Ivanov')]) })), root, group(102, 'Infra', 101), 50);
  const folder = find(await node.children(), 'Members') as MembersFolderNode;
  const [ivan] = await folder.children();
  return { node, folder, ivan };
}

const depsWith = (selection: TreeNode[]) => ({ tree: { selection, accounts: [] } }) as unknown as CommandDeps;
const any = () => true;

test('the selected member row stands for its folder; the row a command was run on comes first', async () => {
  const { node, folder, ivan } = await infra();
  assert.equal(await pickFolder(depsWith([ivan]), undefined, 'Filter', any), folder);
  assert.equal(await pickFolder(depsWith([]), ivan, 'Filter', any), folder);
  assert.equal(await pickSourceRow(depsWith([node]), undefined, 'Refresh'), node);
});

test('a selected row the command does not apply to leads to the picker, which says when nothing fits', async () => {
  const { folder, ivan } = await infra();
  const complete = (f: unknown) => f !== folder;
  vscodeCalls.length = 0;
  assert.equal(await pickFolder(depsWith([ivan]), undefined, 'Load All', complete), undefined);
  assert.deepEqual(vscodeCalls, ['info Load All: no folders it applies to are shown in the GitLab Members tree yet. Expand a group or project there first.']);
  assert.equal(await pickFolder(depsWith([]), ivan, 'Load All', complete), undefined, 'a row from a menu that does not fit');
});
