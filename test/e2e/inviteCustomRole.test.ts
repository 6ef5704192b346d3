// Acme's top-level group lists a custom role: the form offers it after the standard roles, and inviting with it
// sends member_role_id with the base level (GitLab, the emulator, keeps it on the invitation).
import * as assert from 'node:assert/strict';
import { flow } from '../harness/flow';
import { expectVisible, timeouts } from '../harness/workbench';
import { chooseRole, clearNotifications, expectFormTarget, expectNotification, inviteForm, signInAsDemo } from './support/actions';

const REPORTER = 20;
const AUDITOR = 'Security auditor (custom, based on Reporter)';

flow('invite an email with a custom role', async (f) => {
  const form = inviteForm(f.wb.page);

  await f.step('sign in and select Acme: the form offers the custom role last', async () => {
    const view = await signInAsDemo(f);
    await view.row('Acme').first().click();
    await expectFormTarget(form, 'acme');
    await clearNotifications(f);
    const options = form.locator('#role vscode-option');
    // The options sit in the closed dropdown: present, not visible.
    await options.filter({ hasText: AUDITOR }).waitFor({ state: 'attached', timeout: timeouts.view })
      .catch(() => assert.fail('the form does not offer the custom role'));
    const names = (await options.allInnerTexts()).map((t) => t.trim());
    assert.equal(names.at(-1), AUDITOR, `the custom role is not after the standard roles: ${names.join(', ')}`);
    assert.ok(names.includes('Reporter') && names.includes('Owner'), `standard roles missing: ${names.join(', ')}`);
  });

  await f.step('invite an email as Security auditor', async () => {
    const input = form.locator('#recipient-input');
    await input.click();
    await input.pressSequentially('auditor@example.com ');
    await expectVisible(form.locator('.chip', { hasText: 'auditor@example.com' }), timeouts.ui, 'the typed email did not become a chip');
    await chooseRole(form, AUDITOR);
    await form.locator('#send').click();
    await expectVisible(form.locator('.results-summary', { hasText: '1 invited, 0 failed' }), timeouts.view, 'no results in the form');
    await expectNotification(f, /Invited 1 (person|people) to acme/);
  });

  await f.step('GitLab has the invitation with the custom role and its base level', async () => {
    const found = f.emulator!.state.invitations('acme').find((i) => i.email === 'auditor@example.com');
    assert.ok(found, 'no invitation for auditor@example.com');
    assert.equal(found.accessLevel, REPORTER);
    assert.equal(found.memberRoleId, 1);
  });
});
