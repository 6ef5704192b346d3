// partner-co, where the demo user is only Developer: a change from the palette is refused before any request with
// the reason; the form warns before sending, and when GitLab refuses (403) it explains the refusal with the role
// (as the notification does), shows it per recipient and offers "Show Logs"; nothing changes on the server.
import * as assert from 'node:assert/strict';
import { flow } from '../harness/flow';
import { expectHidden, expectVisible, timeouts } from '../harness/workbench';
import { expectFormTarget, expectNotification, inviteForm, pickInQuickInput, signInAsDemo } from './support/actions';

const MAINTAINER = 40;
/** The sentence any refused change shows here, the invite included. */
const ROLE_EXPLAINED = /Couldn't invite to partner-co: Your role does not allow this here \(403\)\. GitLab said: 403 Forbidden\. You are Developer in partner-co; managing members of a group needs the Owner role\./;

flow('a Developer-only group refuses changes with GitLab\'s 403 explained', async (f) => {
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

  await f.step('the form warns on partner-co and explains the refusal once, with the role', async () => {
    const form = inviteForm(f.wb.page);
    await view.row('Partner Co').first().click();
    await expectFormTarget(form, 'partner-co');
    await expectVisible(form.locator('.notice', { hasText: /You are Developer here.*refuse \(403\)/ }), timeouts.ui, 'the form does not warn before sending');
    await form.locator('#recipient-input').fill('someone@example.com ');
    await form.locator('#send').click();
    await expectVisible(form.locator('.result-failed', { hasText: 'someone@example.com' }).filter({ hasText: /403/ }), timeouts.view, 'no per-recipient 403');
    const explanation = form.locator('#results-explanation');
    await expectVisible(explanation, timeouts.ui, 'the form does not explain the refusal');
    assert.match(await explanation.innerText(), new RegExp(`^${ROLE_EXPLAINED.source}$`));
    await expectVisible(form.locator('.chip-failed', { hasText: 'someone@example.com' }), timeouts.ui, 'the refused address left the form');
    assert.equal(f.emulator!.state.invitations('partner-co').length, 0, 'an invitation was created anyway');
  });

  await f.step('the notification says the same, with "Show Logs"', async () => {
    const text = await expectNotification(f, /Couldn't invite to partner-co/);
    assert.match(text, new RegExp(`${ROLE_EXPLAINED.source} Nobody was invited; they stay in the form\\.`));
    const toast = f.wb.notifications().filter({ hasText: /Couldn't invite to partner-co/ });
    await expectVisible(toast.getByRole('button', { name: 'Show Logs' }), timeouts.ui, 'the notification has no "Show Logs"');
  });

  await f.step('"Show Logs" in the form opens the log with the refused POST', async () => {
    const output = f.wb.page.locator('.part.panel .monaco-editor .view-lines');
    await expectHidden(output, timeouts.ui, 'the panel is still open');
    await inviteForm(f.wb.page).locator('#show-logs').click();
    await expectVisible(output.filter({ hasText: /POST\s\/api\/v4\/groups\/120\/invitations\s403/ }), timeouts.view, 'the log does not show the refused POST');
  });
});
