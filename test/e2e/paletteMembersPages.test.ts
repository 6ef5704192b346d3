// The issue-14 commands from the palette, without a row: each asks with quick picks (account → group → seat or
// member; or a username for offboarding), refuses with the reason where GitLab would, and does what the row does.
import * as assert from 'node:assert/strict';
import { flow } from '../harness/flow';
import { clickDialogButton, expectNotification, pickInQuickInput, signInAsDemo } from './support/actions';

flow('palette: seats, offboarding and membership state without a row', async (f) => {
  const state = () => f.emulator!.state;

  await f.step('Remove from Group, Subgroups and Projects…: a subgroup is refused; acme, then a seat', async () => {
    await signInAsDemo(f);
    await f.wb.runCommand('GitLab Members: Remove from Group, Subgroups and Projects…');
    await pickInQuickInput(f, /Which group or project/, 'acme/platform');
    await expectNotification(f, /Seats belong to a top-level group; acme\/platform is not one\./);
    await f.wb.runCommand('GitLab Members: Remove from Group, Subgroups and Projects…');
    await pickInQuickInput(f, /Which group or project/, 'acme');
    await pickInQuickInput(f, /Whose seat in acme\? \(least active first\)/, /Dave Diaz/);
    const text = await clickDialogButton(f.wb.page, /Remove Dave Diaz \(@dave\) from acme, its subgroups and projects\?/, 'Remove');
    assert.match(text, /What goes \(1\):.*Acme \/ Platform \(Developer\)/);
    await expectNotification(f, /Removed Dave Diaz \(@dave\) from 1 membership\./);
    assert.ok(!state().members('acme/platform').some((m) => m.username === 'dave'));
  });

  await f.step('Remove User\'s Access Everywhere…: a username, the plan, then done', async () => {
    await f.wb.runCommand('GitLab Members: Remove User\'s Access Everywhere…');
    await f.wb.answerInputBox(/Username or email address of the person whose access goes/, 'judy');
    await clickDialogButton(f.wb.page, /Remove the access of Judy Jones \(@judy\) everywhere @demo can change it\?/, 'Remove 1');
    await expectNotification(f, /Removed Judy Jones \(@judy\) from 1 place\./);
    assert.ok(!state().members('acme/platform/infra').some((m) => m.username === 'judy'));
  });

  await f.step('Set to Awaiting… and Reactivate: acme, then the member', async () => {
    await f.wb.runCommand('GitLab Members: Set to Awaiting…');
    await pickInQuickInput(f, /Which group or project/, 'acme');
    await pickInQuickInput(f, /A member of acme/, /Carol Chen/);
    await clickDialogButton(f.wb.page, /Set Carol Chen \(@carol\) to awaiting in the group acme\?/, 'Set to Awaiting');
    await expectNotification(f, /Carol Chen \(@carol\) is awaiting in acme/);
    await f.wb.runCommand('GitLab Members: Reactivate');
    await pickInQuickInput(f, /Which group or project/, 'acme');
    await pickInQuickInput(f, /A member of acme/, /Carol Chen/);
    await expectNotification(f, /Reactivated Carol Chen \(@carol\)/);
    assert.equal(state().members('acme').find((m) => m.username === 'carol')?.state, 'active');
  });
});
