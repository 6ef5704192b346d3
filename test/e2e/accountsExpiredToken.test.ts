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
