// A revoked token: the user is told why, stays signed out, and nothing is stored.
import * as assert from 'node:assert/strict';
import { flow } from '../harness/flow';
import { gitlab } from '../harness/gitlabView';
import { expectVisible, timeouts } from '../harness/workbench';

flow('a revoked token is refused with a message', async (f) => {
  const view = gitlab(f);

  await f.step('sign in with a revoked token', async () => {
    await f.wb.open();
    await view.open();
    await view.signInButton().click();
    await f.wb.answerInputBox(/GitLab instance URL/i, f.emulator!.url);
    await f.wb.answerInputBox(/token/i, f.emulator!.tokens.revoked);
    await expectVisible(f.wb.notifications().filter({ hasText: /couldn.t sign in/i }), timeouts.view, 'no "Couldn\'t sign in" notification');
  });

  await f.step('still signed out, nothing stored', async () => {
    await expectVisible(view.signInButton(), timeouts.ui, 'the welcome view went away after a refused token');
    assert.equal(await view.rows().count(), 0);
    assert.deepEqual(await view.storedTokenKeys(), []);
  });
});
