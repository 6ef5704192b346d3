// Copy Username / Copy Email from a row's menu and from the palette put the text on the clipboard; Open Members
// in Browser opens GitLab's members page of the group.
import * as assert from 'node:assert/strict';
import { flow } from '../harness/flow';
import { expectVisible, timeouts } from '../harness/workbench';
import { clearNotifications, expectNotification, waitForExtensionLog, pickInQuickInput, runFromContextMenu, signInAsDemo } from './support/actions';

flow('copy a username and an email, open the members page', async (f) => {
  let view!: Awaited<ReturnType<typeof signInAsDemo>>;
  const clipboard = () => f.wb.page.evaluate(() => navigator.clipboard.readText());

  await f.step('sign in; the page may read the clipboard', async () => {
    view = await signInAsDemo(f);
    await f.wb.page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(f.wb.page.url()).origin });
    await view.expandPath('Acme', 'Members');
    await expectVisible(view.rows(/Bob Brown/), timeouts.view, 'Bob is not listed in acme');
  });

  await f.step('Copy Username on Bob\'s row', async () => {
    await runFromContextMenu(f, view.rows(/Bob Brown/), 'Copy Username');
    await expectNotification(f, /Copied the username bob\./);
    assert.equal(await clipboard(), 'bob');
  });

  await f.step('Copy Email on Bob\'s row: GitLab shows members\' emails to acme\'s Owner', async () => {
    await clearNotifications(f);
    await runFromContextMenu(f, view.rows(/Bob Brown/), 'Copy Email');
    await expectNotification(f, /Copied the email bob@example\.com\./);
    assert.equal(await clipboard(), 'bob@example.com');
  });

  await f.step('Copy Email on an invitation', async () => {
    await clearNotifications(f);
    await view.expandPath('Acme', 'Invitations');
    await runFromContextMenu(f, view.rows(/dev\+test@example\.com/), 'Copy Email');
    await expectNotification(f, /Copied the email dev\+test@example\.com\./);
    assert.equal(await clipboard(), 'dev+test@example.com');
  });

  await f.step('Copy Username from the palette: project, then member', async () => {
    await clearNotifications(f);
    await f.wb.runCommand('GitLab Members: Copy Username');
    await pickInQuickInput(f, /Which group or project/, 'acme/website');
    await pickInQuickInput(f, /A member of acme\/website/, /Bob Brown/);
    await expectNotification(f, /Copied the username bob\./);
  });

  await f.step('Open Members in Browser on the group', async () => {
    const popup = f.wb.page.context().waitForEvent('page', { timeout: timeouts.ui }).catch(() => undefined);
    await runFromContextMenu(f, view.row('Acme'), 'Open Members in Browser');
    const wanted = /opening http:\/\/127\.0\.0\.1:\d+\/groups\/acme\/-\/group_members/;
    await waitForExtensionLog(f, wanted, 'the browser was not opened on the members page');
    await (await popup)?.close();
  });
});
