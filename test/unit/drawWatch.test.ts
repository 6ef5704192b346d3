// Load All's progress lasts until VS Code has the rows: DrawWatch resolves after the first children fetch that
// starts after the redraw was sent (an expanded folder), or after the item is asked for (a collapsed one), and
// never leaves a wait hanging when VS Code will not fetch (collapse, hidden view, full redraw).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DrawWatch } from '../../src/tree/drawWatch';
import type { TreeNode } from '../../src/tree/node';

const folder = { id: 'acme/members' } as TreeNode;
const state = (p: Promise<void>) => {
  let done = false;
  void p.then(() => (done = true));
  return () => done;
};
const turn = () => new Promise((resolve) => setTimeout(resolve, 1));

test('an expanded folder is drawn after a fetch that starts after the redraw, not one already running', async () => {
  const watch = new DrawWatch();
  watch.expandedChanged(folder, true);
  const done = state(watch.whenDrawn(folder));
  const early = watch.fetchStarted(folder); // started before the redraw went out
  watch.sent(folder);
  early();
  watch.itemAsked(folder); // the folder's own label: its rows are not there yet
  await turn();
  assert.equal(done(), false, 'settled on a fetch that started before the redraw');
  const fetched = watch.fetchStarted(folder);
  await turn();
  assert.equal(done(), false, 'settled before the fetch returned');
  fetched();
  await turn();
  assert.equal(done(), true);
});

test('a collapsed folder is drawn when VS Code asks for its item', async () => {
  const watch = new DrawWatch();
  const done = state(watch.whenDrawn(folder));
  watch.itemAsked(folder);
  await turn();
  assert.equal(done(), false, 'settled before the redraw was sent');
  watch.sent(folder);
  watch.itemAsked(folder);
  await turn();
  assert.equal(done(), true);
});

test('collapse, a hidden view or a full redraw settle every wait', async () => {
  const watch = new DrawWatch();
  watch.expandedChanged(folder, true);
  const collapsed = state(watch.whenDrawn(folder));
  watch.sent(folder);
  watch.expandedChanged(folder, false);
  const other = { id: 'big-org/members' } as TreeNode;
  const everything = state(watch.whenDrawn(other));
  watch.sent(undefined);
  await turn();
  assert.deepEqual([collapsed(), everything()], [true, true]);
});
