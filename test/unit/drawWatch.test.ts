// Load All's progress lasts until VS Code has the rows: DrawWatch resolves after the first children fetch that
// starts after the redraw was sent to an expanded folder, at once for a folder not expanded in the view, and
// never leaves a wait hanging when VS Code will not fetch (a collapse, a hidden view, a full redraw).
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
  await turn();
  assert.equal(done(), false, 'settled on a fetch that started before the redraw');
  const fetched = watch.fetchStarted(folder);
  await turn();
  assert.equal(done(), false, 'settled before the fetch returned');
  fetched();
  await turn();
  assert.equal(done(), true);
});

test('a folder not expanded in the view has no rows to draw: at once', async () => {
  const watch = new DrawWatch();
  const done = state(watch.whenDrawn(folder));
  await turn();
  assert.equal(done(), true);
});

test('a collapse (of any row, an ancestor too) or a full redraw settles every wait', async () => {
  const watch = new DrawWatch();
  const other = { id: 'big-org/members' } as TreeNode;
  watch.expandedChanged(folder, true);
  watch.expandedChanged(other, true);
  const first = state(watch.whenDrawn(folder));
  watch.sent(folder);
  watch.expandedChanged({ id: 'acme' } as TreeNode, false);
  await turn();
  assert.equal(first(), true, 'a collapse left a wait hanging');
  const second = state(watch.whenDrawn(other));
  watch.sent(undefined);
  await turn();
  assert.equal(second(), true, 'a full redraw left a wait hanging');
});
