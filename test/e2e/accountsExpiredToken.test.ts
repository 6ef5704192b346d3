// An expired token is refused at sign-in with a reason that says so; nothing is stored.
import * as assert from 'node:assert/strict';
import { flow } from '../harness/flow';
import { gitlab } from '../harness/gitlabView';
import { expectVisible, timeouts } from '../harness/workbench';

flow('an expired token is refused with a clear reason', async (f) => {
  const view = gitlab(f);
  await f.step('sign in with an expired token', async () => {
    await f.wb.open();
    await view.open();
    await view.signInButton().click();
    await f.wb.answerInputBox(/GitLab instance URL/i, f.emulator!.url);
    await f.wb.answerInputBox(/token/i, f.emulator!.tokens.expired);
    const refused = f.wb.notifications().filter({ hasText: /Couldn.t sign in to 127\.0\.0\.1:\d+: This token has expired/ });
    await expectVisible(refused, timeouts.view, 'no notification saying the token has expired');
  });
  await f.step('still signed out, nothing stored', async () => {
    await expectVisible(view.signInButton(), timeouts.ui, 'the welcome view went away after a refused token');
    assert.deepEqual(await view.storedTokenKeys(), []);
  });
});

flow('a token revoked after sign-in: the tree says so and signs in again from the error row', async (f) => {
  const view = gitlab(f);
  await f.step('sign in and browse', () => gitlab(f).signIn(f.emulator!.tokens.api));
  await f.step('the token is revoked in GitLab; Refresh shows why nothing loads', async () => {
    f.emulator!.state.tokens.get(f.emulator!.tokens.api)!.revoked = true;
    await f.wb.runCommand('GitLab Members: Refresh');
    await expectVisible(view.rows(/Couldn.t load groups: .*401.* Click to sign in again\./), timeouts.view, 'no error row saying the token was refused');
    assert.equal(await view.row('Acme').count(), 0, 'rows the server no longer sends are still shown');
  });
  await f.step('clicking the row signs in again, with the instance URL filled in', async () => {
    await view.rows(/Click to sign in again/).first().click();
    const url = await f.wb.waitForInputBox(/GitLab instance URL/i);
    assert.equal(await url.inputValue(), f.emulator!.url);
    await url.press('Enter');
    await f.wb.answerInputBox(/token/i, f.emulator!.tokens.readOnly);
    await expectVisible(view.row('Acme'), timeouts.view, 'the tree did not come back after signing in again');
  });
});
