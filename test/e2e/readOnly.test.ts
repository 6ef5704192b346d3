// A read_api token signs in, is told it is read-only, and can browse.
import { flow } from '../harness/flow';
import { gitlab } from '../harness/gitlabView';
import { expectVisible, timeouts } from '../harness/workbench';

flow('a read-only token signs in and browses', async (f) => {
  const view = gitlab(f);
  await f.step('sign in with a read_api token', async () => {
    await f.wb.open();
    await view.open();
    await view.signInButton().click();
    await f.wb.answerInputBox(/GitLab instance URL/i, f.emulator!.url);
    await f.wb.answerInputBox(/token/i, f.emulator!.tokens.readOnly);
    await expectVisible(f.wb.notifications().filter({ hasText: /read-only/i }), timeouts.view, 'no notification saying the token is read-only');
  });
  await f.step('browse members', async () => {
    await view.expandPath('Acme', 'Members');
    // A member row: "<name> @<username> · <role>".
    await expectVisible(view.rows(/@\w+ · (Owner|Maintainer|Developer|Reporter|Guest)/), timeouts.view, 'no member rows with roles under Acme');
  });
});
