// Access requests (issue 14, item 4): Mallory and Trent asked to join acme. The group shows an "Access
// requests" folder with who asked and when; Mallory is approved as Reporter from her row (the role picker
// offers what an Owner may give, GitLab's default Developer preselected); Trent's request is denied after a
// confirmation naming him and the group; with nobody left waiting, the folder goes.
import * as assert from 'node:assert/strict';
import { flow } from '../harness/flow';
import { expectHidden, expectVisible, timeouts } from '../harness/workbench';
import { clickDialogButton, expectNotification, pickInQuickInput, runFromContextMenu, signInAsDemo } from './support/actions';

const REPORTER = 20;

flow('access requests: approve one as Reporter, deny the other', async (f) => {
  let view!: Awaited<ReturnType<typeof signInAsDemo>>;
  const state = () => f.emulator!.state;

  await f.step('Mallory and Trent asked to join acme: an "Access requests" folder lists them with when', async () => {
    state().addAccessRequest('acme', 'mallory', 3);
    state().addAccessRequest('acme', 'trent', 1);
    view = await signInAsDemo(f);
    await view.expandPath('Acme', 'Access requests');
    await view.description(view.row('Access requests'), /^2$/);
    const mallory = await view.rowText(view.rows(/Mallory Moore/));
    const asked = state().accessRequests('acme').find((r) => r.username === 'mallory')!.requestedAt.slice(0, 10);
    assert.match(mallory, new RegExp(`@mallory · asked ${asked}`));
    await expectVisible(view.rows(/Trent Turner/), timeouts.ui, 'Trent is not listed');
    // The view's badge counts them with the memberships expiring soon; its tooltip says which is which.
    const badge = f.wb.page.locator('.activitybar .action-item [aria-label*="2 people asked for access"]');
    await expectVisible(badge, timeouts.view, 'the badge does not count the two access requests');
    await view.readmeShot('access-requests');
  });

  await f.step('Approve Access Request… on Mallory: Reporter, and she is a member', async () => {
    await runFromContextMenu(f, view.rows(/Mallory Moore/), 'Approve Access Request…');
    const input = await f.wb.waitForInputBox(/Approve Mallory Moore \(@mallory\): role in acme/);
    const developer = f.wb.quickInput().locator('.monaco-list-row', { hasText: 'Developer' });
    assert.match((await developer.first().innerText()).replace(/\s+/g, ' '), /GitLab's default/);
    await input.fill('');
    await pickInQuickInput(f, /Approve Mallory/, 'Reporter');
    await expectNotification(f, /Mallory Moore \(@mallory\) is now a member of acme as Reporter\./);
    assert.equal(state().members('acme').find((m) => m.username === 'mallory')?.accessLevel, REPORTER);
    assert.deepEqual(state().accessRequests('acme').map((r) => r.username), ['trent']);
  });

  await f.step('Deny Access Request… on Trent: a confirmation names him and acme; then the folder goes', async () => {
    await expectVisible(view.rows(/Trent Turner/), timeouts.view, 'Trent is not listed after the reload');
    await runFromContextMenu(f, view.rows(/Trent Turner/), 'Deny Access Request…');
    const text = await clickDialogButton(f.wb.page, /Deny the request of Trent Turner \(@trent\) to join the group acme\?/, 'Deny');
    assert.match(text, /They get no access and may ask again/);
    await expectNotification(f, /Denied the request of Trent Turner \(@trent\) to join acme\./);
    assert.deepEqual(state().accessRequests('acme'), []);
    assert.ok(!state().members('acme').some((m) => m.username === 'trent'), 'denying added Trent');
    await expectHidden(view.row('Access requests'), timeouts.view, 'the folder stayed with nobody waiting');
  });
});
