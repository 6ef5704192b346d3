// Remove a member with both of GitLab's options (one modal; its buttons are the options: the emulator receives
// skip_subresources=false and unassign_issuables=true); removing yourself warns that you lose access, and
// cancelling sends nothing.
import * as assert from 'node:assert/strict';
import { flow } from '../harness/flow';
import { expectHidden, expectVisible, timeouts } from '../harness/workbench';
import { clickDialogButton, expectNotification, runFromContextMenu, signInAsDemo } from './support/actions';

const DEVELOPER = 30;

flow('remove a member with both options', async (f) => {
  let view!: Awaited<ReturnType<typeof signInAsDemo>>;
  const state = () => f.emulator!.state;

  await f.step('sign in; Carol is a member of acme and of acme/platform', async () => {
    state().addMember('acme/platform', 'carol', DEVELOPER);
    view = await signInAsDemo(f);
    await view.expandPath('Acme', 'Members');
    await expectVisible(view.rows(/Carol Chen/), timeouts.view, 'Carol is not listed in acme');
  });

  await f.step('Remove Member… asks once: the modal names the person and the group, its buttons are the options', async () => {
    await runFromContextMenu(f, view.rows(/Carol Chen/), 'Remove Member…');
    const text = await clickDialogButton(f.wb.page, /Remove Carol Chen \(@carol\) from the group acme\?/, 'Remove Here and Below, and Unassign');
    assert.match(text, /Remove Here and Below: their direct memberships in subgroups and projects of acme are removed too/);
    assert.match(text, /unassigned from issues and merge requests in acme/);
    for (const button of ['Remove', 'Remove and Unassign', 'Remove Here and Below']) assert.ok(text.includes(button), `no "${button}" button`);
    await expectNotification(f, /Removed Carol Chen \(@carol\) from acme and its subgroups and projects, and unassigned them/);
  });

  await f.step('GitLab received both options and removed Carol everywhere', async () => {
    const params = state().lastRequestParams('DELETE', '/groups/100/members/4');
    assert.ok(params, 'no DELETE request for Carol');
    assert.equal(String(params.skip_subresources), 'false');
    assert.equal(String(params.unassign_issuables), 'true');
    assert.ok(!state().members('acme').some((m) => m.username === 'carol'), 'Carol is still a member of acme');
    assert.ok(!state().members('acme/platform').some((m) => m.username === 'carol'), 'Carol is still a member of acme/platform');
    await expectHidden(view.rows(/Carol Chen/), timeouts.view, 'the tree still shows Carol');
  });

  await f.step('removing yourself warns that you lose access; cancel sends nothing', async () => {
    const deletes = () => f.emulator!.log.filter((e) => e.method === 'DELETE').length;
    const before = deletes();
    await runFromContextMenu(f, view.rows(/Demo Owner/), 'Remove Member…');
    const text = await clickDialogButton(f.wb.page, /Remove Demo Owner \(@demo\) from the group acme\?/, 'Cancel');
    assert.match(text, /This is you: you will lose your access to acme/);
    // A negative check: nothing signals "no request will follow", so allow a moment for one that would.
    await f.wb.page.waitForTimeout(500);
    assert.equal(deletes(), before, 'a DELETE was sent after cancelling');
  });
});
