// Approve one member awaiting approval from the palette (account → group → person), then everyone left from the
// "Awaiting approval" folder after confirming the count.
import * as assert from 'node:assert/strict';
import { flow } from '../harness/flow';
import { expectVisible, timeouts } from '../harness/workbench';
import { clickDialogButton, expectNotification, pickInQuickInput, runFromContextMenu, signInAsDemo } from './support/actions';

flow('approve one member, then all', async (f) => {
  let view!: Awaited<ReturnType<typeof signInAsDemo>>;
  const state = () => f.emulator!.state;
  const memberState = (username: string) => state().members('acme').find((m) => m.username === username)?.state;

  await f.step('sign in: three await approval in acme', async () => {
    view = await signInAsDemo(f);
    await view.expandPath('Acme', 'Awaiting approval');
    await expectVisible(view.rows(/Frank Fischer/), timeouts.view, 'Frank is not awaiting approval');
    assert.equal(memberState('frank'), 'awaiting');
  });

  await f.step('Approve Member from the palette: group, then person', async () => {
    await f.wb.runCommand('GitLab Members: Approve Member');
    await pickInQuickInput(f, /Which group or project/, 'acme');
    await pickInQuickInput(f, /Who should be approved/, 'Frank Fischer');
    await expectNotification(f, /Approved Frank Fischer \(@frank\): their access to acme is active now/);
    assert.equal(memberState('frank'), 'active');
  });

  await f.step('Approve All… on the folder confirms the count', async () => {
    await expectVisible(view.rows(/Awaiting approval\s*2/), timeouts.view, 'the folder does not count the 2 left');
    await runFromContextMenu(f, view.rows(/Awaiting approval/), 'Approve All Awaiting Members…');
    const text = await clickDialogButton(f.wb.page, /Approve 2 members awaiting approval in acme\?/, 'Approve All');
    assert.match(text, /Grace Gómez \(@grace\)/);
    assert.match(text, /newbie@example\.net/);
    await expectNotification(f, /Approved 2 members in acme/);
  });

  await f.step('GitLab has nobody awaiting any more', async () => {
    assert.equal(memberState('grace'), 'active');
    const newbie = state().invitations('acme').find((i) => i.email === 'newbie@example.net');
    assert.equal(newbie?.state, 'active');
    await view.expandPath('Acme', 'Members');
    await expectVisible(view.rows(/Grace Gómez.*Guest/), timeouts.view, 'Grace is not listed as a member');
    assert.doesNotMatch(await view.rowText(view.rows(/Grace Gómez/)), /awaiting/, 'Grace still shows as awaiting approval');
    assert.equal(await view.row('Awaiting approval').count(), 0, 'the empty "Awaiting approval" folder is still shown');
  });
});
