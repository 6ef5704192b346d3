// Commands run from the palette instead of a tree row: a tree command asks which of the tree's folders, and a
// bulk command with no member selected asks for a group or project, then ticks several of its members.
import * as assert from 'node:assert/strict';
import { flow } from '../harness/flow';
import { treeActions } from '../harness/treeActions';
import { expectVisible, timeouts } from '../harness/workbench';
import { clickDialogButton, expectNotification, pickInQuickInput, signInAsDemo } from './support/actions';

const MAINTAINER = 40;

flow('palette fallbacks: quick picks for tree and bulk commands', async (f) => {
  let view!: Awaited<ReturnType<typeof signInAsDemo>>;
  const tree = treeActions(f);
  const infraMember = (username: string) => f.emulator!.state.members('acme/platform/infra').find((m) => m.username === username);

  await f.step('sign in and open infra members', async () => {
    view = await signInAsDemo(f);
    await view.expandPath('Acme', 'Platform', 'Infra', 'Members');
  });

  // (The harness opens the palette after Escape, which clears the tree's selection: the pickers are used.)
  await f.step('Filter… from the palette offers the folders the tree shows', async () => {
    await f.wb.runCommand('GitLab Members: Filter…');
    await pickInQuickInput(f, /Which of the folders shown in the tree/, 'acme/platform/infra › Members');
    await f.wb.answerInputBox(/GitLab matches the name, username or email/, 'ivan');
    await tree.description(await tree.rowAt('Acme', 'Platform', 'Infra', 'Members'), /^1 · matching "ivan"$/);
    await f.wb.runCommand('GitLab Members: Clear Filter');
    await pickInQuickInput(f, /Which of the folders shown in the tree/, 'acme/platform/infra › Members');
    await tree.description(await tree.rowAt('Acme', 'Platform', 'Infra', 'Members'), /^3$/);
  });

  await f.step('Change Role of Selected… with no member selected asks where, then whom', async () => {
    await f.wb.runCommand('GitLab Members: Change Role of Selected…');
    await pickInQuickInput(f, /Which group or project/, 'acme/platform/infra');
    const input = await f.wb.waitForInputBox(/Which members and invitations of acme\/platform\/infra/);
    for (const who of [/Ivan Ivanov/, /Judy Jones/]) {
      const row = f.wb.quickInput().locator('.monaco-list-row').filter({ hasText: who });
      await expectVisible(row, timeouts.view, `no ${who} to tick`);
      await row.first().click(); // a click on a row of a multi-select quick pick ticks it
    }
    await f.wb.shot('palette-bulk-ticked');
    await input.press('Enter');
    await pickInQuickInput(f, /New role for 2 rows/, 'Maintainer');
    await expectNotification(f, /Changed to Maintainer: 2 rows\./);
    assert.equal(infraMember('ivan')?.accessLevel, MAINTAINER);
    assert.equal(infraMember('judy')?.accessLevel, MAINTAINER);
    assert.equal(infraMember('xss')?.accessLevel, 10, 'a member not ticked was changed');
  });

  await f.step('Remove Member… from the palette: project, then one of its members', async () => {
    await f.wb.runCommand('GitLab Members: Remove Member…');
    await pickInQuickInput(f, /Which group or project/, 'acme/website');
    await pickInQuickInput(f, /A member of acme\/website/, /Bob Brown/);
    await f.wb.waitForInputBox(/Tick what else should happen/);
    await f.wb.page.keyboard.press('Enter');
    await clickDialogButton(f.wb.page, /Remove Bob Brown \(@bob\) from the project acme\/website\?/, 'Remove');
    await expectNotification(f, /Removed Bob Brown \(@bob\) from acme\/website\./);
    assert.ok(!f.emulator!.state.members('acme/website').some((m) => m.username === 'bob'), 'Bob is still a member of acme/website');
  });

  await f.step('Revoke Invitation… from the palette: group, then one of its invitations', async () => {
    await f.wb.runCommand('GitLab Members: Revoke Invitation…');
    await pickInQuickInput(f, /Which group or project/, 'acme/platform/infra');
    await pickInQuickInput(f, /An invitation to acme\/platform\/infra/, 'ops-lead@example.com');
    await clickDialogButton(f.wb.page, /Revoke the invitation of ops-lead@example\.com/, 'Revoke');
    await expectNotification(f, /ops-lead@example\.com/);
    assert.equal(f.emulator!.state.invitations('acme/platform/infra').length, 0, 'the invitation is still pending');
  });
});
