// Inviting with the keyboard only: the palette picks the project and puts the cursor in the form; Enter adds,
// arrows pick the user and the role, Tab moves on, Enter on "Invite" sends.
import * as assert from 'node:assert/strict';
import { flow } from '../harness/flow';
import { expectVisible, timeouts } from '../harness/workbench';
import { expectFormTarget, inviteForm, signInAsDemo } from './support/actions';

const REPORTER = 20;
const expiry = new Date(Date.now() + 30 * 86_400_000);
const iso = expiry.toISOString().slice(0, 10);
const typedDate = `${iso.slice(5, 7)}${iso.slice(8, 10)}${iso.slice(0, 4)}`; // what a user types in an en-US date field

flow('invite with the keyboard only', async (f) => {
  const form = inviteForm(f.wb.page);
  const keyboard = f.wb.page.keyboard;
  const focused = () => form.locator('body').evaluate(() => {
    const el = document.activeElement;
    return el ? el.id || el.tagName.toLowerCase() : 'nothing';
  });

  await f.step('palette: Invite Members… → acme/website, the cursor lands in the form', async () => {
    await signInAsDemo(f);
    await f.wb.runCommand('GitLab Members: Invite Members…');
    const input = await f.wb.waitForInputBox(/Which group or project/);
    await input.pressSequentially('acme/website');
    await expectVisible(f.wb.quickInput().locator('.monaco-list-row', { hasText: 'acme/website' }), timeouts.view, 'acme/website is not offered');
    await keyboard.press('Enter');
    await expectFormTarget(form, 'acme/website');
    await expectVisible(form.locator('.badge', { hasText: 'Project' }), timeouts.ui, 'the form does not say it is a project');
    await expectVisible(form.locator('#recipient-input:focus'), timeouts.ui, 'the recipients box does not have the keyboard');
  });

  await f.step('type an email and Enter; type "tre", arrow to Trent, Enter', async () => {
    await keyboard.type('kim@example.com');
    await keyboard.press('Enter');
    await keyboard.type('tre');
    await expectVisible(form.locator('[role="option"][aria-selected="true"]', { hasText: '@trent' }), timeouts.view, 'no highlighted suggestion for "tre"');
    assert.equal(await form.locator('#recipient-input').getAttribute('aria-activedescendant'), 'suggestion-0');
    await keyboard.press('Enter');
    await expectVisible(form.locator('.chip', { hasText: 'Trent Turner (@trent)' }), timeouts.ui, 'Trent did not become a chip');
    await expectVisible(form.locator('.chip', { hasText: 'kim@example.com' }), timeouts.ui, 'the email did not become a chip');
  });

  await f.step('Tab to the role and arrow to Reporter; Tab to the date and type it', async () => {
    await keyboard.press('Tab');
    assert.equal(await focused(), 'role');
    for (let i = 0; i < 6 && (await form.locator('#role').evaluate((el) => (el as HTMLSelectElement).value)) !== String(REPORTER); i++) {
      await keyboard.press('ArrowDown');
    }
    assert.equal(await form.locator('#role').evaluate((el) => (el as HTMLSelectElement).value), String(REPORTER));
    await keyboard.press('Tab');
    assert.equal(await focused(), 'expiry');
    await keyboard.type(typedDate);
    assert.equal(await form.locator('#expiry').inputValue(), iso);
  });

  await f.step('Tab to Invite and press Enter: both are in GitLab', async () => {
    // Chrome's date field takes Tab between its own parts (month, day, year) before leaving it.
    for (let i = 0; i < 4 && (await focused()) !== 'send'; i++) await keyboard.press('Tab');
    assert.equal(await focused(), 'send');
    await keyboard.press('Enter');
    await expectVisible(form.locator('.results-summary', { hasText: '2 invited' }), timeouts.view, 'no results after Enter on Invite');
    const invitation = f.emulator!.state.invitations('acme/website').find((i) => i.email === 'kim@example.com');
    assert.equal(invitation?.accessLevel, REPORTER);
    assert.equal(invitation?.expiresAt?.slice(0, 10), iso);
    assert.equal(f.emulator!.state.members('acme/website').find((m) => m.username === 'trent')?.accessLevel, REPORTER);
  });
});
