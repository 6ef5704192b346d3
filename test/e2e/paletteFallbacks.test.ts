// Commands run from the palette instead of a tree row: a tree command asks which of the tree's folders, and a
// bulk command with no member selected asks for a group or project, then ticks several of its members; every
// other command on a member, invitation or group works the same way without a row.
import * as assert from 'node:assert/strict';
import { flow } from '../harness/flow';
import { gitlab } from '../harness/gitlabView';
import { expectVisible, timeouts } from '../harness/workbench';
import { clickDialogButton, expectNotification, waitForExtensionLog, pickInQuickInput, signInAsDemo } from './support/actions';

const REPORTER = 20;
const DEVELOPER = 30;
const MAINTAINER = 40;

flow('palette fallbacks: quick picks for tree and bulk commands', async (f) => {
  let view!: Awaited<ReturnType<typeof signInAsDemo>>;
  const tree = gitlab(f);
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
    const text = await clickDialogButton(f.wb.page, /Remove Bob Brown \(@bob\) from the project acme\/website\?/, 'Remove');
    assert.doesNotMatch(text, /Here and Below/, 'a project has no subgroups or projects to remove from');
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

  await f.step('Edit Role and Expiry… from the palette: group, member, role, expiry', async () => {
    const expiry = new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10);
    await f.wb.runCommand('GitLab Members: Edit Role and Expiry…');
    await pickInQuickInput(f, /Which group or project/, 'acme');
    await pickInQuickInput(f, /A member of acme /, /Carol Chen/);
    await pickInQuickInput(f, /role of Carol Chen \(@carol\) in acme/, 'Reporter');
    await f.wb.answerInputBox(/access expiry of Carol/, expiry);
    await expectNotification(f, /Carol Chen \(@carol\) is now Reporter, access expires .* in acme/);
    const carol = f.emulator!.state.members('acme').find((m) => m.username === 'carol');
    assert.deepEqual([carol?.accessLevel, carol?.expiresAt?.slice(0, 10)], [REPORTER, expiry]);
  });

  await f.step('Edit Invitation… from the palette: group, invitation, role, expiry', async () => {
    const expiry = new Date(Date.now() + 45 * 86_400_000).toISOString().slice(0, 10);
    await f.wb.runCommand('GitLab Members: Edit Invitation…');
    await pickInQuickInput(f, /Which group or project/, 'acme');
    await pickInQuickInput(f, /An invitation to acme(?!\/)/, 'contractor@example.org');
    await pickInQuickInput(f, /role for contractor@example\.org in acme/, 'Developer');
    await f.wb.answerInputBox(/access expiry for contractor@example\.org/, expiry);
    await expectNotification(f, /The invitation of contractor@example\.org to acme is now Developer, access expires/);
    const invitation = f.emulator!.state.invitations('acme').find((i) => i.email === 'contractor@example.org');
    assert.deepEqual([invitation?.accessLevel, invitation?.expiresAt?.slice(0, 10)], [DEVELOPER, expiry]);
  });

  await f.step('Copy Email from the palette: group, then a member whose email GitLab shows', async () => {
    await f.wb.page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(f.wb.page.url()).origin });
    await f.wb.runCommand('GitLab Members: Copy Email');
    await pickInQuickInput(f, /Which group or project/, 'acme');
    await pickInQuickInput(f, /A member of acme /, /Bob Brown/);
    await expectNotification(f, /Copied the email bob@example\.com\./);
    assert.equal(await f.wb.page.evaluate(() => navigator.clipboard.readText()), 'bob@example.com');
  });

  await f.step('Approve All Awaiting Members… from the palette: group, then one confirmation', async () => {
    await f.wb.runCommand('GitLab Members: Approve All Awaiting Members…');
    await pickInQuickInput(f, /Which group or project/, 'acme');
    await clickDialogButton(f.wb.page, /Approve 3 members awaiting approval in acme\?/, 'Approve All');
    await expectNotification(f, /Approved 3 members in acme/);
    assert.equal(f.emulator!.state.members('acme').filter((m) => m.state === 'awaiting').length, 0, 'a member still awaits approval');
    assert.equal(f.emulator!.state.invitations('acme').find((i) => i.email === 'newbie@example.net')?.state, 'active', 'the invitation still awaits approval');
  });

  await f.step('Open Members in Browser from the palette: the picked project\'s members page', async () => {
    const popup = f.wb.page.context().waitForEvent('page', { timeout: timeouts.ui }).catch(() => undefined);
    await f.wb.runCommand('GitLab Members: Open Members in Browser');
    await pickInQuickInput(f, /Which group or project/, 'acme/website');
    const wanted = /opening http:\/\/127\.0\.0\.1:\d+\/acme\/website\/-\/project_members/;
    await waitForExtensionLog(f, wanted, 'the browser was not opened on the members page');
    await (await popup)?.close();
  });
});
