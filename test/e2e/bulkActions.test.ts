// Bulk actions on a multi-selection in the tree: change the role of two members (one already has it), set
// and then clear their expiry (roles kept), revoke two invitations after one confirmation, then remove both
// members after one confirmation listing them, while one was removed meanwhile by someone else: the failure is
// reported and the other removal done. GitLab's (the emulator's) state is checked after each.
import * as assert from 'node:assert/strict';
import { flow } from '../harness/flow';
import { gitlab } from '../harness/gitlabView';
import { expectHidden, expectVisible, timeouts } from '../harness/workbench';
import { clearNotifications, clickDialogButton, dialog, expectNotification, pickInQuickInput, runFromContextMenu, signInAsDemo } from './support/actions';

const REPORTER = 20;
const inSixtyDays = new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10);

flow('bulk actions on selected members', async (f) => {
  let view!: Awaited<ReturnType<typeof signInAsDemo>>;
  const state = () => f.emulator!.state;
  const acmeMember = (username: string) => state().members('acme').find((m) => m.username === username);
  const selectCarolAndBob = async () => {
    await view.rows(/Carol Chen/).first().click();
    await view.rows(/Bob Brown/).first().click({ modifiers: ['Control'] });
  };

  await f.step('sign in and open acme\'s members', async () => {
    view = await signInAsDemo(f);
    await view.expandPath('Acme', 'Members');
    await expectVisible(view.rows(/Carol Chen/), timeouts.view, 'Carol is not listed in acme');
    await expectVisible(view.rows(/Bob Brown/), timeouts.view, 'Bob is not listed in acme');
  });

  await f.step('Change Role of Selected… to Reporter: Carol changes, Bob already is one', async () => {
    await selectCarolAndBob();
    await runFromContextMenu(f, view.rows(/Bob Brown/), 'Change Role of Selected…');
    await pickInQuickInput(f, /New role for 2 rows/, 'Reporter');
    await expectNotification(f, /Changed to Reporter: 1 row\. 1 skipped\./);
    assert.equal(acmeMember('carol')?.accessLevel, REPORTER);
    assert.ok(acmeMember('carol')?.expiresAt, 'Carol\'s expiry was lost');
    await expectVisible(view.rows(/Carol Chen.*Reporter/), timeouts.view, 'the tree does not show Carol as Reporter');
  });

  await f.step('Set Expiry of Selected…: both expire in 60 days, roles kept', async () => {
    await clearNotifications(f);
    await selectCarolAndBob();
    await runFromContextMenu(f, view.rows(/Bob Brown/), 'Set Expiry of Selected…');
    await f.wb.answerInputBox(/Set Expiry of 2 Selected/, inSixtyDays);
    await expectNotification(f, new RegExp(`Access now expires ${inSixtyDays} for 2 rows\\.`));
    for (const who of ['carol', 'bob']) {
      assert.deepEqual([acmeMember(who)?.accessLevel, acmeMember(who)?.expiresAt?.slice(0, 10)], [REPORTER, inSixtyDays], who);
    }
  });

  await f.step('Set Expiry of Selected… left blank: neither expires any more', async () => {
    await clearNotifications(f);
    await selectCarolAndBob();
    await runFromContextMenu(f, view.rows(/Bob Brown/), 'Set Expiry of Selected…');
    await f.wb.answerInputBox(/Set Expiry of 2 Selected/, '');
    await expectNotification(f, /Access no longer expires for 2 rows\./);
    for (const who of ['carol', 'bob']) assert.deepEqual([acmeMember(who)?.accessLevel, acmeMember(who)?.expiresAt], [REPORTER, null], who);
  });

  await f.step('Revoke Selected Invitations…: one confirmation, both gone from GitLab', async () => {
    await clearNotifications(f);
    const invited = (email: string) => state().invitations('acme').some((i) => i.email === email);
    await view.expandPath('Acme', 'Invitations');
    await view.rows(/dev\+test@example\.com/).first().click();
    await view.rows(/contractor@example\.org/).first().click({ modifiers: ['Control'] });
    await runFromContextMenu(f, view.rows(/contractor@example\.org/), 'Revoke Selected Invitations…');
    const text = await clickDialogButton(f.wb.page, /Revoke 2 invitations\?/, 'Revoke 2 Invitations');
    assert.match(text, /dev\+test@example\.com/);
    assert.match(text, /contractor@example\.org/);
    await expectNotification(f, /Revoked 2 invitations\./);
    assert.deepEqual([invited('dev+test@example.com'), invited('contractor@example.org'), invited('newbie@example.net')], [false, false, true]);
    await expectHidden(view.rows(/contractor@example\.org/), timeouts.view, 'the tree still shows a revoked invitation');
    // Both reloaded folders keep their rows and show their new counts.
    await gitlab(f).description(view.row('Invitations'), /^1$/);
    await gitlab(f).description(view.row('Members'), /^6$/);
    await expectVisible(view.rows(/newbie@example\.net/), timeouts.view, 'the remaining invitation is not shown');
    await expectVisible(view.rows(/Carol Chen/), timeouts.view, 'acme\'s members are no longer shown');
  });

  await f.step('Remove Selected Members…: one confirmation lists both', async () => {
    await clearNotifications(f);
    await selectCarolAndBob();
    await runFromContextMenu(f, view.rows(/Bob Brown/), 'Remove Selected Members…');
    const box = dialog(f.wb.page, /Remove 2 members\?/);
    await expectVisible(box, timeouts.ui, 'no confirmation listing the members');
    const text = (await box.innerText()).replace(/\s+/g, ' ');
    assert.match(text, /Carol Chen \(@carol\) in acme/);
    assert.match(text, /Bob Brown \(@bob\) in acme/);
    await view.readmeShot('bulk-remove');
  });

  await f.step('meanwhile Bob is removed elsewhere: Carol is removed, Bob\'s failure is reported', async () => {
    state().removeMembership(state().source('acme'), state().userByUsername('bob')!.id);
    await clickDialogButton(f.wb.page, /Remove 2 members\?/, 'Remove 2 Members');
    const note = await expectNotification(f, /Removed 1 member\. 1 failed \(Bob Brown \(@bob\) in acme: /);
    assert.ok(note.includes('Show Details'), `no Show Details on: ${note}`);
    assert.equal(acmeMember('carol'), undefined, 'Carol is still a member');
    await expectHidden(view.rows(/Carol Chen/), timeouts.view, 'the tree still shows Carol');
  });

  await f.step('Show Details opens the per-row report', async () => {
    await f.wb.notifications().filter({ hasText: /Removed 1 member/ }).getByRole('button', { name: 'Show Details' }).click();
    const editor = f.wb.page.locator('.editor-instance .view-lines');
    // The editor draws spaces as non-breaking ones: \s matches both.
    await expectVisible(editor.filter({ hasText: /Remove\s2\smembers:\s1\sdone,\s1\sfailed/ }), timeouts.view, 'no report editor');
    const report = (await editor.first().innerText()).replace(/\u00a0/g, ' ');
    assert.match(report, /✓ Carol Chen \(@carol\) in acme/);
    assert.match(report, /✗ Bob Brown \(@bob\) in acme — /);
  });
});
