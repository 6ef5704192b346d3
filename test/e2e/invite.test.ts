// Invite two emails and one user (found by autocomplete) with a role and an expiry from the form under the tree;
// GitLab (the emulator) has them afterwards and so does the tree.
import * as assert from 'node:assert/strict';
import { flow } from '../harness/flow';
import { expectVisible, timeouts } from '../harness/workbench';
import { chooseRole, clearNotifications, expectFormTarget, expectNotification, growFormPane, inviteForm, signInAsDemo } from './support/actions';

const DEVELOPER = 30;
const expiry = new Date(Date.now() + 40 * 86_400_000).toISOString().slice(0, 10);

flow('invite two emails and a user with role and expiry', async (f) => {
  const form = inviteForm(f.wb.page);
  let view!: Awaited<ReturnType<typeof signInAsDemo>>;

  await f.step('sign in and select Acme: the form targets it', async () => {
    view = await signInAsDemo(f);
    await view.row('Acme').first().click();
    await expectFormTarget(form, 'acme');
    await clearNotifications(f);
    await expectVisible(form.locator('.badge', { hasText: 'Group' }), timeouts.ui, 'the form does not say acme is a group');
    await view.readmeShot('invite-empty');
  });

  await f.step('type two emails, find mallory by "mall"', async () => {
    const input = form.locator('#recipient-input');
    await input.click();
    await input.pressSequentially('ann@example.com, Ben Bauer <ben@example.org> ');
    await expectVisible(form.locator('.chip', { hasText: 'ben@example.org' }), timeouts.ui, 'the typed emails did not become chips');
    await input.pressSequentially('mall');
    const option = form.locator('[role="option"]', { hasText: '@mallory' });
    await expectVisible(option, timeouts.view, 'typing "mall" did not suggest mallory');
    await input.press('Enter');
    await expectVisible(form.locator('.chip', { hasText: 'Mallory Moore (@mallory)' }), timeouts.ui, 'mallory did not become a chip');
    assert.equal(await form.locator('.chip').count(), 3);
  });

  await f.step('choose Developer and an expiry date', async () => {
    await chooseRole(form, 'Developer');
    await form.locator('#expiry').fill(expiry);
    await form.locator('#expiry').press('Tab');
    await form.locator('#expiry').blur();
    await view.readmeShot('invite-filled');
  });

  await f.step('invite: three invited, the form is cleared', async () => {
    await form.locator('#send').click();
    await expectVisible(form.locator('.results-summary', { hasText: '3 invited, 0 failed' }), timeouts.view, 'no results in the form');
    assert.equal(await form.locator('.chip').count(), 0, 'invited recipients are still in the form');
    await expectNotification(f, /Invited 3 people to acme/);
  });

  await f.step('GitLab has both invitations and the new member, with role and expiry', async () => {
    const state = f.emulator!.state;
    const invitations = state.invitations('acme');
    for (const email of ['ann@example.com', 'ben@example.org']) {
      const found = invitations.find((i) => i.email === email);
      assert.ok(found, `no invitation for ${email}`);
      assert.equal(found.accessLevel, DEVELOPER);
      assert.equal(found.expiresAt?.slice(0, 10), expiry);
    }
    const mallory = state.members('acme').find((m) => m.username === 'mallory');
    assert.ok(mallory, 'mallory is not a member of acme');
    assert.equal(mallory.accessLevel, DEVELOPER);
    assert.equal(mallory.expiresAt?.slice(0, 10), expiry);
  });

  await f.step('the tree shows them', async () => {
    await growFormPane(f, -150); // room for the tree again
    await view.expandPath('Acme', 'Invitations');
    await expectVisible(view.rows(/ann@example\.com.*Developer/), timeouts.view, 'the Invitations folder does not show ann@example.com');
    await view.expandPath('Acme', 'Members');
    await expectVisible(view.rows(/Mallory Moore.*@mallory.*Developer/), timeouts.view, 'the Members folder does not show Mallory');
  });
});
