// The inherited toggle: acme/platform/infra's Members also lists who has access through acme and
// acme/platform, each marked with the group it comes from; toggled back, only direct members.
import { demoToken } from '../harness/emulator';
import { flow } from '../harness/flow';
import { gitlab } from '../harness/gitlabView';
import { expectHidden, expectVisible, timeouts } from '../harness/workbench';

flow('show and hide inherited members', async (f) => {
  const view = gitlab(f);
  const members = () => view.rowAt('Acme', 'Platform', 'Infra', 'Members');

  await f.step('sign in and open infra members (direct only)', async () => {
    await view.signIn(demoToken);
    await view.expandPath('Acme', 'Platform', 'Infra', 'Members');
    await expectVisible(view.row('Ivan Ivanov'), timeouts.view, 'no Ivan among infra members');
    await expectHidden(view.row('Dave Diaz'), timeouts.ui, 'Dave (a member of acme/platform) shows as direct');
  });

  await f.step('show inherited members', async () => {
    await view.choose(await members(), 'Show or Hide Inherited Members');
    await view.description(await members(), /^\d+ · with inherited$/);
    await expectVisible(view.rows(/Dave Diaz\s*from Platform ·/), timeouts.view, 'Dave is not marked "from Platform" (acme/platform, the row above)');
    await expectVisible(view.rows(/Alice Anders\s*from Acme ·/), timeouts.view, 'Alice is not marked "from Acme"');
  });

  await f.step('hide them again', async () => {
    await view.choose(await members(), 'Show or Hide Inherited Members');
    await view.description(await members(), /^3$/);
    await expectHidden(view.row('Dave Diaz'), timeouts.view, 'inherited members still shown after hiding them');
  });
});
