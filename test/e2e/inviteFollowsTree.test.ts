// The invite form follows the tree: a member row or a folder row targets its group or project, and a row's
// inline invite button targets that row, whatever is selected.
import { flow } from '../harness/flow';
import { gitlab } from '../harness/gitlabView';
import { expectVisible, timeouts } from '../harness/workbench';
import { expectFormTarget, inviteForm, signInAsDemo } from './support/actions';

flow('the invite form follows the tree selection and the inline button', async (f) => {
  const form = inviteForm(f.wb.page);
  const tree = gitlab(f);
  let view!: Awaited<ReturnType<typeof signInAsDemo>>;

  await f.step('a member row of a project targets the project', async () => {
    view = await signInAsDemo(f);
    await view.expandPath('Acme', 'Website', 'Members');
    await view.rows(/Bob Brown/).first().click();
    await expectFormTarget(form, 'acme/website');
    await expectVisible(form.locator('.badge', { hasText: 'Project' }), timeouts.ui, 'the form does not say acme/website is a project');
  });

  await f.step('a folder row targets its group', async () => {
    await tree.collapseAll();
    await view.expandPath('Acme', 'Platform');
    await (await tree.rowAt('Acme', 'Platform', 'Invitations')).click();
    await expectFormTarget(form, 'acme/platform');
  });

  await f.step('the inline invite button of another row targets that row', async () => {
    await tree.inline(view.row('Design'), 'Invite Members…');
    await expectFormTarget(form, 'acme/design');
  });
});
