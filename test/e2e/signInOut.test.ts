// A user signs in through the welcome view, browses to a project's members, reloads, and signs out.
import * as assert from 'node:assert/strict';
import { demoToken } from '../harness/emulator';
import { flow } from '../harness/flow';
import { gitlab } from '../harness/gitlabView';
import { expectVisible, timeouts } from '../harness/workbench';
import { waitForExtensionLog } from './support/actions';

const hostileName = '<img src=x onerror=alert(1)>';

flow('sign in, browse members, reload, sign out', async (f) => {
  const view = gitlab(f);

  await f.step('signed-out welcome view', async () => {
    await f.wb.open();
    await view.open();
    await f.wb.setSideBarWidth(440);
    // The welcome view shows before activation too: wait until the extension has set its context keys, then
    // it must still be there.
    await f.waitForActivation(0);
    await waitForExtensionLog(f, /Accounts: 0 signed in/, 'the extension never set its account context keys');
    await expectVisible(view.signInButton(), timeouts.view, 'the signed-out welcome view has no "Sign in to GitLab" button');
    await view.readmeShot('welcome');
  });

  await f.step('sign in with URL and token', async () => {
    await view.signInButton().click();
    await f.wb.answerInputBox(/GitLab instance URL/i, f.emulator!.url);
    await f.wb.waitForInputBox(/token/i);
    await view.readmeShot('sign-in-token');
    await f.wb.answerInputBox(/token/i, demoToken);
    await expectVisible(view.row('Acme'), timeouts.view, 'after signing in, the tree never showed the group "Acme"');
  });

  await f.step('expand acme / platform / infra / members', async () => {
    await view.expandPath('Acme', 'Platform', 'Infra', 'Members');
    await expectVisible(view.rows(/Ivan/), timeouts.view, 'the members of acme/platform/infra never showed Ivan');
  });

  await f.step('roles and a hostile name shown as text', async () => {
    const ivan = await view.rowText(view.rows(/Ivan/));
    assert.match(ivan, /Developer/, `Ivan's row does not show the role: "${ivan}"`);
    const judy = await view.rowText(view.rows(/Judy/));
    assert.match(judy, /Reporter/, `Judy's row does not show the role: "${judy}"`);
    await expectVisible(view.row(hostileName), timeouts.ui, 'the member with an HTML name is not shown as literal text');
    const injected = await f.wb.page.locator('.part.sidebar .monaco-list-row img[src="x"]').count();
    assert.equal(injected, 0, 'a member name was rendered as HTML');
    assert.deepEqual(f.dialogs, [], 'a dialog opened');
    await view.readmeShot('tree-members');
  });

  await f.step('a project: acme / website / members', async () => {
    await view.expandPath('Acme', 'Website', 'Members');
    await expectVisible(view.rows(/Bob Brown/), timeouts.view, 'the members of the project acme/website never showed Bob');
    const bob = await view.rowText(view.rows(/Bob Brown/));
    assert.match(bob, /@bob · Developer/, `Bob's row in the project does not show his role: "${bob}"`);
  });

  await f.step('reload keeps the account signed in', async () => {
    const before = await f.activations();
    await f.wb.reload();
    await view.open();
    await f.waitForActivation(before);
    await expectVisible(view.row('Acme'), timeouts.view, 'after a reload the account was signed out (no "Acme" row)');
    assert.equal(await view.signInButton().isVisible(), false, 'the sign-in button shows while signed in');
    assert.ok((await view.storedTokenKeys()).length > 0, 'no token is stored in SecretStorage');
  });

  await f.step('sign out from the command palette', async () => {
    await view.signOutFromPalette();
    await expectVisible(view.signInButton(), timeouts.view, 'after signing out, the welcome view did not come back');
    assert.deepEqual(await view.storedTokenKeys(), [], 'the token is still in SecretStorage after signing out');
  });

  await f.step('still signed out after "Developer: Reload Window"', async () => {
    const before = await f.activations();
    await f.wb.reloadWindow();
    await view.open();
    await f.waitForActivation(before);
    await waitForExtensionLog(f, /Accounts: 0 signed in[^]*Accounts: 0 signed in/, 'after the reload, the extension never set its account context keys');
    await expectVisible(view.signInButton(), timeouts.view, 'after sign-out and reload, the welcome view is gone');
    assert.equal(await view.rows().count(), 0, 'the tree shows rows while signed out');
    assert.deepEqual(await view.storedTokenKeys(), [], 'a token came back after the reload');
  });
});
