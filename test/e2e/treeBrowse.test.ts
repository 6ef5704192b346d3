// Browsing the tree: acme/platform/infra's Members and Invitations with counts, roles, a hostile name as
// literal text, acme's "Awaiting approval"; then the README pictures in dark and light themes.
import * as assert from 'node:assert/strict';
import { demoToken } from '../harness/emulator';
import { flow } from '../harness/flow';
import { gitlab } from '../harness/gitlabView';
import { expectVisible, timeouts } from '../harness/workbench';

const hostileName = '<img src=x onerror=alert(1)>';

flow('browse members, invitations and approvals', async (f) => {
  const view = gitlab(f);

  await f.step('sign in', async () => {
    await view.signIn(demoToken);
    await f.wb.setSideBarWidth(520);
  });

  await f.step('acme / platform / infra shows counts on its folders', async () => {
    await view.expandPath('Acme', 'Platform', 'Infra');
    await view.description(await view.rowAt('Acme', 'Platform', 'Infra', 'Members'), /^3$/);
    await view.description(await view.rowAt('Acme', 'Platform', 'Infra', 'Invitations'), /^1$/);
  });

  await f.step('members: roles, and a hostile name as text', async () => {
    await view.expandPath('Acme', 'Platform', 'Infra', 'Members');
    assert.match(await view.rowText(view.rows(/Ivan Ivanov/)), /@ivan · Developer/);
    await expectVisible(view.row(hostileName), timeouts.ui, 'the member with an HTML name is not shown as literal text');
    assert.equal(await f.wb.page.locator('.part.sidebar .monaco-list-row img[src="x"]').count(), 0, 'a name was rendered as HTML');
    assert.match(await view.tooltip(view.row(hostileName)), /<img src=x onerror=alert\(1\)>.*Username: @xss.*Role: Guest/);
  });

  await f.step('invitations: email, role, who invited and when', async () => {
    await view.expandPath('Acme', 'Platform', 'Infra', 'Invitations');
    assert.match(await view.rowText(view.rows(/ops-lead@example\.com/)), /Maintainer · invited by Demo Owner on \d{4}-\d{2}-\d{2}/);
  });

  await f.step('acme: "Awaiting approval" lists who GitLab has not approved', async () => {
    await view.collapseAll();
    await view.expandPath('Acme', 'Awaiting approval');
    await expectVisible(view.row('Frank Fischer'), timeouts.view, 'Frank (awaiting) is not listed');
    await expectVisible(view.row('newbie@example.net'), timeouts.ui, 'the awaiting invitation is not listed');
    assert.equal(await view.row('contractor@example.org').count(), 0, 'an approved invitation is listed as awaiting');
  });

  await f.step('README pictures, dark and light', async () => {
    await view.collapseOtherViews();
    await view.expandPath('Acme', 'Platform', 'Infra', 'Members');
    await view.expandPath('Acme', 'Members');
    await expectVisible(view.rows(/Carol Chen.*expires in 3 days/), timeouts.view, 'Carol (expiring) is not shown');
    await f.wb.runCommand('Notifications: Clear All Notifications');
    await view.readmeShot('tree-dark');
    await view.setTheme('Default Light Modern');
    await view.readmeShot('tree-light');
    assert.deepEqual(f.dialogs, [], 'a dialog opened');
  });
});
