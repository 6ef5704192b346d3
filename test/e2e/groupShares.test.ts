// Group shares (issue 14, item 5): acme's Owner shares acme/design with partner-co as Maintainer ("Invite a
// Group…": the group, the role, no end date, then a confirmation saying who gains what; POST /groups/:id/share,
// lib/api/groups.rb). Design then has a "Groups" folder with the share, and its members with inherited ones show
// Bob, Reporter in acme but Maintainer in partner-co, as Maintainer "from partner-co (share)" (GroupMembersFinder
// shared_from_groups, capped). "Remove Group Share…" (confirmed; DELETE /groups/:id/share/:group_id) takes it back:
// the folder goes and Bob is Reporter from Acme again. From the palette, both ask for the place (and the share).
import * as assert from 'node:assert/strict';
import { flow } from '../harness/flow';
import { expectHidden, expectVisible, timeouts } from '../harness/workbench';
import { clickDialogButton, expectNotification, pickInQuickInput, runFromContextMenu, signInAsDemo } from './support/actions';

flow('group shares: a group share added, shown and removed', async (f) => {
  let view!: Awaited<ReturnType<typeof signInAsDemo>>;
  const shares = () => { const s = f.emulator!.state; return s.sharesOf(s.source('acme/design')).map(({ group, link }) => [group.fullPath, link.access, link.expiresAt]); };

  await f.step('Invite a Group…: partner-co as Maintainer, confirmed with who gains what', async () => {
    view = await signInAsDemo(f);
    await view.expandPath('Acme', 'Design');
    await runFromContextMenu(f, await view.rowAt('Acme', 'Design'), 'Invite a Group…');
    await pickInQuickInput(f, /Invite a Group to acme\/design/, 'partner-co');
    await pickInQuickInput(f, /Invite a Group: the most members of partner-co get in acme\/design/, 'Maintainer');
    await f.wb.answerInputBox(/Access expires on/, '');
    const text = await clickDialogButton(f.wb.page, /Share the group acme\/design with the group partner-co\?/, 'Invite Group');
    assert.match(text, /The direct members of partner-co get up to Maintainer, no expiry in acme\/design and everything below it/);
    await expectNotification(f, /acme\/design is shared with partner-co: its members get up to Maintainer/);
    assert.deepEqual(shares(), [['partner-co', 40, null]]);
  });

  await f.step('Design shows the share, and Bob through it', async () => {
    await view.collapseOtherViews();
    await view.expandPath('Acme', 'Design', 'Groups');
    await expectVisible(view.rows(/Partner Co\s*partner-co · Maintainer/), timeouts.view, 'the share is not listed under Groups');
    const members = await view.rowAt('Acme', 'Design', 'Members');
    await view.choose(members, 'Show or Hide Inherited Members');
    await expectVisible(view.rows(/Bob Brown\s*from partner-co \(share\) · Maintainer/), timeouts.view, 'Bob does not say he comes from the share');
    assert.match(await view.tooltip(view.row('Bob Brown')), /through the share of acme\/design with partner-co/);
    await view.readmeShot('group-shares');
  });

  await f.step('Remove Group Share…: confirmed, then gone from the tree and from GitLab', async () => {
    await runFromContextMenu(f, await view.rowAt('Acme', 'Design', 'Groups', 'Partner Co'), 'Remove Group Share…');
    const text = await clickDialogButton(f.wb.page, /Stop sharing the group acme\/design with the group partner-co\?/, 'Remove Share');
    assert.match(text, /Members of partner-co lose what the share gives them in acme\/design and below \(up to Maintainer\)/);
    await expectNotification(f, /acme\/design is no longer shared with partner-co/);
    assert.deepEqual(shares(), []);
    await expectHidden(view.row('Groups'), timeouts.view, 'the Groups folder is still shown');
    // The reloaded row keeps its Members folder as the user left it: with inherited rows.
    await view.description(await view.rowAt('Acme', 'Design', 'Members'), /with inherited/);
    await expectVisible(view.rows(/Bob Brown\s*from Acme · Reporter/), timeouts.view, 'Bob is not back to Reporter from Acme');
  });

  await f.step('from the palette: a project shared until a date, then the share picked and removed', async () => {
    const until = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    const website = () => { const s = f.emulator!.state; return s.sharesOf(s.source('acme/website')).map(({ group, link }) => [group.fullPath, link.access, link.expiresAt]); };
    await f.wb.runCommand('GitLab Members: Invite a Group…');
    await pickInQuickInput(f, /Which group or project/, 'acme/website');
    await pickInQuickInput(f, /Invite a Group to acme\/website/, 'partner-co');
    await pickInQuickInput(f, /Invite a Group: the most members of partner-co get in acme\/website/, 'Reporter');
    await f.wb.answerInputBox(/Access expires on/, until);
    const text = await clickDialogButton(f.wb.page, /Share the project acme\/website with the group partner-co\?/, 'Invite Group');
    assert.match(text, new RegExp(`The members of partner-co and of its parent groups get up to Reporter, access expires ${until}`));
    await expectNotification(f, /acme\/website is shared with partner-co: its members get up to Reporter/);
    assert.deepEqual(website(), [['partner-co', 20, until]]);
    await f.wb.runCommand('GitLab Members: Remove Group Share…');
    await pickInQuickInput(f, /Which group or project/, 'acme/website');
    await pickInQuickInput(f, /Which group is acme\/website shared with\?/, 'partner-co');
    await clickDialogButton(f.wb.page, /Stop sharing the project acme\/website with the group partner-co\?/, 'Remove Share');
    await expectNotification(f, /acme\/website is no longer shared with partner-co/);
    assert.deepEqual(website(), []);
  });
});
