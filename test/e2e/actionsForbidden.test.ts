// partner-co, where the demo user is only Developer: a change from the palette (edit, revoke, approve) is refused
// before any request with the reason; the form says why it cannot invite there and offers no enabled Invite (Ctrl+Enter sends nothing
// either); nothing changes on the server. (A refusal GitLab itself answers is explained with the role:
// test/unit/invite-submit.test.ts.)
import * as assert from 'node:assert/strict';
import { flow } from '../harness/flow';
import { expectVisible, timeouts } from '../harness/workbench';
import { expectFormTarget, expectNotification, inviteForm, pickInQuickInput, signInAsDemo } from './support/actions';

const MAINTAINER = 40;

flow('a Developer-only group offers no change that GitLab would refuse, and says why', async (f) => {
  let view!: Awaited<ReturnType<typeof signInAsDemo>>;
  const bob = () => f.emulator!.state.members('partner-co').find((m) => m.username === 'bob');

  await f.step('sign in', async () => {
    view = await signInAsDemo(f);
    await expectVisible(view.rows(/Partner Co.*Developer/), timeouts.view, 'partner-co does not show the Developer role');
  });

  await f.step('Edit Role and Expiry… from the palette on partner-co: refused before any request, with the reason', async () => {
    const puts = () => f.emulator!.log.filter((e) => e.method === 'PUT').length;
    await f.wb.runCommand('GitLab Members: Edit Role and Expiry…');
    await pickInQuickInput(f, /Which group or project/, 'partner-co');
    const text = await expectNotification(f, /Edit Member: You are Developer here: managing members of a group needs Owner, so GitLab will refuse \(403\)\./);
    assert.doesNotMatch(text, /A member of/);
    assert.equal(await f.wb.quickInput().isVisible(), false, 'a member picker opened anyway');
    assert.equal(puts(), 0, 'a change was sent although GitLab would refuse it');
    assert.equal(bob()?.accessLevel, MAINTAINER, 'Bob\'s role changed');
  });

  await f.step('Revoke Invitation…, Approve Member and a bulk removal from the palette on partner-co: refused before listing anything', async () => {
    const requests = () => f.emulator!.log.filter((e) => /partner-co|\/groups\/\d+\/(invitations|pending_members)/.test(e.path) && /invitations|pending_members/.test(e.path)).length;
    const before = requests();
    await f.wb.runCommand('GitLab Members: Revoke Invitation…');
    await pickInQuickInput(f, /Which group or project/, 'partner-co');
    await expectNotification(f, /Revoke Invitation: You are Developer here: managing members of a group needs Owner, so GitLab will refuse \(403\)\./);
    assert.equal(await f.wb.quickInput().isVisible(), false, 'an invitation picker opened anyway');
    await f.wb.runCommand('GitLab Members: Approve Member');
    await pickInQuickInput(f, /Which group or project/, 'partner-co');
    await expectNotification(f, /Approving members of partner-co: You are Developer here: managing members of a group needs Owner/);
    assert.equal(await f.wb.quickInput().isVisible(), false, 'a picker of people awaiting approval opened anyway');
    await f.wb.runCommand('GitLab Members: Remove Selected Members…');
    await pickInQuickInput(f, /Which group or project/, 'partner-co');
    await expectNotification(f, /Remove Selected Members: You are Developer here: managing members of a group needs Owner/);
    assert.equal(await f.wb.quickInput().isVisible(), false, 'a picker of members to remove opened anyway');
    assert.equal(requests(), before, 'invitations or pending members were asked for although GitLab would refuse');
  });

  await f.step('the form on partner-co says why, next to a disabled Invite; Ctrl+Enter sends nothing', async () => {
    const form = inviteForm(f.wb.page);
    await view.row('Partner Co').first().click();
    await expectFormTarget(form, 'partner-co');
    await expectVisible(form.locator('.notice', { hasText: /You are Developer here.*refuse \(403\)/ }), timeouts.ui, 'the form does not warn before sending');
    await expectVisible(form.locator('#send-target', { hasText: /^Invite is off: You are Developer here: managing members of a group needs Owner/ }), timeouts.ui, 'no reason beside Invite');
    assert.equal(await form.locator('#send').getAttribute('disabled') !== null, true, 'Invite is enabled where GitLab refuses');
    await form.locator('#recipient-input').fill('someone@example.com ');
    await expectVisible(form.locator('.chip', { hasText: 'someone@example.com' }), timeouts.ui, 'the address did not become a chip');
    await form.locator('#recipient-input').press('Control+Enter');
    await expectVisible(form.locator('#form-error', { hasText: /You are Developer here/ }), timeouts.ui, 'Ctrl+Enter did not say why nothing was sent');
    assert.equal(f.emulator!.state.invitePostCount('someone@example.com'), 0, 'an invitation was sent');
    assert.equal(f.emulator!.state.invitations('partner-co').length, 0, 'an invitation was created anyway');
    await expectVisible(form.locator('.chip', { hasText: 'someone@example.com' }), timeouts.ui, 'the typed address was lost');
  });
});
