// An invite where one address is already invited to acme: the first Invite only reviews (nothing is sent), the
// second leaves that address out; the form shows each recipient's result in the shared wording and lets go of
// whoever has nothing to retry. A send GitLab answers while the form is hidden shows its results when the form is
// shown again; a draft survives hiding and a reload; a send GitLab fails keeps its recipients with the reason;
// the results name acme and go when the form points at another group, which asks before the recipients go there.
import * as assert from 'node:assert/strict';
import { flow } from '../harness/flow';
import { containerTitle } from '../harness/gitlabView';
import { escapeRegExp, expectHidden, expectVisible, timeouts } from '../harness/workbench';
import { chooseRole, clearNotifications, expectFormTarget, expectNotification, waitForExtensionLog, growFormPane, inviteForm, runFromContextMenu, signInAsDemo } from './support/actions';

const ALREADY = 'dev+test@example.com';
const NEW = 'new.person@example.com';
const LATE = 'late.person@example.com';
const KEEP = 'keep.me@example.com';
const AFTER = 'after.failure@example.com';

flow('an invite reviews who is already invited, reports each recipient, and keeps what failed', async (f) => {
  const form = inviteForm(f.wb.page);
  const chip = (text: string) => form.locator('.chip', { hasText: text });
  let view!: Awaited<ReturnType<typeof signInAsDemo>>;

  await f.step('"Invite Members…" from the Acme row\'s context menu targets the form', async () => {
    view = await signInAsDemo(f);
    await runFromContextMenu(f, view.row('Acme'), 'Invite Members…');
    await expectFormTarget(form, 'acme');
    await growFormPane(f, 40);
    await clearNotifications(f);
  });

  await f.step('paste a list with an invalid address: it is marked and blocks sending', async () => {
    const pasted = `${ALREADY}\n"New Person" <${NEW}>\nnot-an-email, ${ALREADY.toUpperCase()}`;
    await form.locator('#recipient-input').evaluate((el, text) => {
      const data = new DataTransfer();
      data.setData('text/plain', text);
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, pasted);
    await expectVisible(chip('not-an-email').and(form.locator('.chip-invalid')), timeouts.ui, 'the invalid address is not marked');
    assert.equal(await form.locator('.chip').count(), 3, 'the pasted list was not split and de-duplicated into 3 chips');
    await form.locator('#send').click();
    await expectVisible(form.locator('#recipients-error', { hasText: /invalid address/ }), timeouts.ui, 'sending with an invalid address was not refused');
    assert.equal(f.emulator!.state.invitePostCount(NEW), 0, 'an invitation was sent despite the invalid address');
  });

  await f.step('remove the invalid one with the keyboard and send: the review comes first, nothing is sent', async () => {
    await form.getByRole('button', { name: 'Remove not-an-email' }).focus();
    await f.wb.page.keyboard.press('Enter');
    await expectHidden(chip('not-an-email'), timeouts.ui, 'the invalid chip is still there after pressing its remove button');
    await form.locator('#send').click();
    await expectVisible(form.locator('.review-item', { hasText: `${ALREADY}: Invited here as Developer: sending would update the invitation to Guest.` }),
      timeouts.view, 'no review of the address that is already invited');
    assert.equal(f.emulator!.state.invitePostCount(NEW), 0, 'the review sent an invitation');
    assert.equal(await form.locator('.review-include').isChecked(), false, 'the already-invited address is ticked by default');
  });

  await f.step('Invite again: the invited one is left out, the new one invited; neither stays in the form', async () => {
    await form.locator('#send').click();
    await expectVisible(form.locator('.results-summary', { hasText: '1 invited, 1 left out, 0 failed' }), timeouts.view, 'no per-recipient results');
    await expectVisible(form.locator('.result-left', { hasText: ALREADY }).filter({ hasText: 'Left out: invited here as Developer; not sent' }), timeouts.ui, 'no "left out" row');
    await expectVisible(form.locator('.result-invited', { hasText: NEW }), timeouts.ui, 'no "invited" row');
    await expectVisible(form.locator('.results-title', { hasText: /^Last invitation to acme$/ }), timeouts.ui, 'the results do not name the group');
    await expectHidden(form.locator('#review'), timeouts.ui, 'the review stayed after the send');
    assert.equal(await form.locator('.chip').count(), 0, 'a recipient with nothing to retry stayed in the form');
    await expectNotification(f, /acme: 1 invited, 1 left out \(dev\+test@example\.com: Left out: invited here as Developer; not sent\)/);
    await view.readmeShot('invite-results');
  });

  await f.step('GitLab has the new invitation and the old one unchanged', async () => {
    const invitations = f.emulator!.state.invitations('acme');
    assert.ok(invitations.some((i) => i.email === NEW), 'no invitation for the new address');
    assert.deepEqual(invitations.filter((i) => i.email === ALREADY).map((i) => i.accessLevel), [30], 'the pending invitation was changed');
  });

  await f.step('a send answered while the form is hidden: shown again, it has the results and the chip is gone', async () => {
    f.emulator!.setLatency(3_000);
    await form.locator('#recipient-input').fill(`${LATE} `);
    await expectVisible(chip(LATE), timeouts.ui, 'the late address did not become a chip');
    await form.locator('#send').click();
    await expectVisible(form.locator('#send', { hasText: 'Inviting…' }), timeouts.ui, 'the form does not show the send in flight');
    await f.wb.activityItem('Explorer').click(); // the view's page is dropped (no retainContextWhenHidden)
    await expectVisible(f.wb.sideBarTitle('Explorer'), timeouts.ui, 'the Explorer did not open');
    const answered = new RegExp(`invite ${escapeRegExp(LATE)} to acme: invited`);
    await waitForExtensionLog(f, answered, 'GitLab never answered the send', timeouts.view);
    f.emulator!.setLatency(0);
    await f.wb.openViewContainer(containerTitle);
    await expectVisible(form.locator('.result-invited', { hasText: LATE }), timeouts.view, 'the answer that came while hidden is not in the form');
    await expectVisible(form.locator('.results-summary', { hasText: '1 invited, 0 failed' }), timeouts.ui, 'wrong results after showing the form again');
    await expectHidden(chip(LATE), timeouts.ui, 'the invited address is still a chip: it could be invited twice');
    await expectVisible(form.locator('#send', { hasText: /^\s*Invite\s*$/ }), timeouts.ui, 'the form still waits for the answer');
    assert.equal(f.emulator!.state.invitePostCount(LATE), 1);
  });

  await f.step('the draft survives hiding and showing the form', async () => {
    await form.locator('#recipient-input').fill(`${KEEP} `);
    await expectVisible(chip(KEEP), timeouts.ui, 'the address did not become a chip');
    await f.wb.activityItem('Explorer').click();
    await expectVisible(f.wb.sideBarTitle('Explorer'), timeouts.ui, 'the Explorer did not open');
    await f.wb.openViewContainer(containerTitle);
    await expectVisible(chip(KEEP), timeouts.view, 'the recipient was lost when the form was hidden');
    await expectFormTarget(form, 'acme');
  });

  await f.step('and a window reload, still pointed at acme', async () => {
    const before = await f.activations();
    await f.wb.reloadWindow();
    await f.wb.openViewContainer(containerTitle);
    await f.waitForActivation(before);
    await expectVisible(chip(KEEP), timeouts.view, 'the recipient was lost on reload');
    await expectFormTarget(form, 'acme');
  });

  await f.step('GitLab failing the whole send (500 on every POST): the reason shows, nothing typed is lost', async () => {

    await chooseRole(form, 'Developer');
    await form.locator('#recipient-input').fill(`${AFTER} `);
    await expectVisible(chip(AFTER), timeouts.ui, 'the address did not become a chip');
    f.emulator!.setFaults({ rate: 1, kinds: ['500'], methods: ['POST'], pathPattern: /\/invitations/ });
    try {
      await form.locator('#send').click();
      await expectVisible(form.locator('#form-error, .result-failed').filter({ hasText: /500|Internal Server Error|GitLab/i }), timeouts.view,
        'the failed send does not say why');
    } finally {
      f.emulator!.setFaults(undefined);
    }
    await expectVisible(chip(AFTER), timeouts.ui, 'the address typed before the failure was lost');
    await expectVisible(chip(KEEP), timeouts.ui, 'the other recipient was lost by the failure');
    await expectVisible(chip(AFTER).filter({ hasText: /Failed: / }), timeouts.ui, 'the failed recipient does not say why');
    const role = await form.locator('#role').evaluate((el) => (el as unknown as { selectedOptions?: Array<{ textContent: string | null }> }).selectedOptions?.[0]?.textContent?.trim());
    assert.equal(role, 'Developer', 'the chosen role was lost by the failure');
    await expectVisible(form.locator('#send', { hasText: /^\s*Invite\s*$/ }), timeouts.ui, 'the form still waits after the failure');
    assert.equal(f.emulator!.state.invitations('acme').some((i) => i.email === AFTER), false, 'GitLab has an invitation the form says failed');
  });

  await f.step('"Show Logs" in the form opens the extension\'s log', async () => {
    const output = f.wb.page.locator('.part.panel .monaco-editor .view-lines');
    await expectHidden(output, timeouts.ui, 'the panel is still open');
    await form.locator('#show-logs').click();
    // Only the lines in view are in the DOM (spaces rendered as no-break spaces, long lines wrapped): its last
    // lines are about the failed invite.
    await expectVisible(output.filter({ hasText: /invite/ }), timeouts.view, 'the extension\'s log did not open');
  });

  await f.step('pointed at another group, acme\'s results and notes go; the form asks before the recipients go there', async () => {
    await view.row('Big Org').first().click();
    await expectFormTarget(form, 'big-org');
    await expectHidden(form.locator('#results'), timeouts.ui, 'acme\'s results are shown for big-org');
    await expectVisible(form.locator('#retarget', { hasText: 'The form now invites to group big-org. The 2 recipients were added for acme: keep them for big-org?' }),
      timeouts.ui, 'the form did not say the target changed');
    assert.equal(await form.locator('#send').getAttribute('disabled') !== null, true, 'Invite is enabled before the person chose');
    await expectVisible(chip(AFTER), timeouts.ui, 'the kept recipient left the form');
    assert.equal(await chip(AFTER).filter({ hasText: /Failed/ }).count(), 0, 'the chip still says what acme answered');
    await expectVisible(form.locator('#send-target', { hasText: /^to group big-org · @demo on 127\.0\.0\.1:\d+$/ }), timeouts.ui, 'the target is not named beside Invite');
  });

  await f.step('"Clear recipients": the form is empty for big-org and Invite waits for new ones', async () => {
    await form.locator('#retarget-clear').click();
    await expectHidden(form.locator('#retarget'), timeouts.ui, 'the question stayed');
    assert.equal(await form.locator('.chip').count(), 0, 'recipients for acme stayed');
    assert.equal(f.emulator!.state.invitations('big-org').length, 0);
  });
});
