// "Find a User's Access": a slow search is cancelled from its progress notification; then Carol is searched
// from her row in the tree and found in every group and project under acme, directly or inherited, with role,
// since, until and source; each place opens its members page in GitLab; searching her display name finds the same;
// her private email finds nobody (as in GitLab) and the view says why, while Bob's public email finds him. An
// administrator's search for one user takes GitLab's list of their memberships instead of the walk and says so; a
// listed row shows its path once hovered.
import * as assert from 'node:assert/strict';
import { flow } from '../harness/flow';
import { expectVisible, timeouts } from '../harness/workbench';
import { clearNotifications, waitForExtensionLog, runFromContextMenu, signInAsDemo } from './support/actions';

flow('find a user\'s access across the account', async (f) => {
  let view!: Awaited<ReturnType<typeof signInAsDemo>>;
  const pane = () => f.wb.view('Find Access');
  const rows = (text?: RegExp) => f.wb.treeRows(pane(), text);
  const message = () => pane().locator('.message');

  await f.step('sign in', async () => {
    view = await signInAsDemo(f);
  });

  await f.step('a slow search shows progress and stops on Cancel', async () => {
    f.emulator!.setLatency(400);
    await f.wb.runCommand('GitLab Members: Find a User\'s Access…');
    await f.wb.answerInputBox(/every group and project of @demo is searched/, 'bob');
    const toast = f.wb.notifications().filter({ hasText: /Finding where "bob" has access/ });
    await expectVisible(toast, timeouts.view, 'no progress notification');
    await toast.first().hover();
    await toast.first().getByRole('button', { name: 'Cancel' }).click();
    await expectVisible(message().filter({ hasText: /The search for "bob" was cancelled/ }), timeouts.view, 'the view does not say it was cancelled');
    f.emulator!.setLatency(0);
    await clearNotifications(f);
  });

  await f.step('from Carol\'s row: her access everywhere, direct and inherited', async () => {
    await view.expandPath('Acme', 'Members');
    await runFromContextMenu(f, view.rows(/Carol Chen/), 'Find a User\'s Access…');
    const input = await f.wb.waitForInputBox(/every group and project of @demo is searched/);
    assert.equal(await input.inputValue(), 'carol', 'the username was not prefilled');
    await input.press('Enter');
    await expectVisible(rows(/Carol Chen \(@carol\)\s*8 places · highest Developer/), timeouts.view, 'Carol is not in the results');
    await expectVisible(message().filter({ hasText: /One person matches "carol" \(\d+ groups and projects searched\)/ }), timeouts.ui, 'no summary line');
    const texts = await f.wb.rowTexts(pane());
    assert.ok(texts.some((t) => /^acme\s*Developer · direct · since \d{4}-\d\d-\d\d · expires in 3 days$/.test(t)), texts.join('\n'));
    assert.ok(texts.some((t) => /^acme\/platform\/infra\s*Developer · inherited from acme · since/.test(t)), texts.join('\n'));
    assert.ok(texts.some((t) => /^acme\/website\s*Developer · inherited from acme/.test(t)), texts.join('\n'));
    await f.wb.page.mouse.move(900, 700);
    await view.readmeShot('access-search');
  });

  await f.step('a place opens its members page in GitLab, searching for Carol', async () => {
    const popup = f.wb.page.context().waitForEvent('page', { timeout: timeouts.ui }).catch(() => undefined);
    const row = rows(/^acme\/platform\/infra/);
    await row.first().hover();
    await row.first().locator('.actions .action-label[aria-label="Open Members in Browser"]').click();
    const wanted = /opening http:\/\/127\.0\.0\.1:\d+\/groups\/acme\/platform\/infra\/-\/group_members\?search=carol/;
    await waitForExtensionLog(f, wanted, 'the browser was not opened on the members page');
    await (await popup)?.close();
  });

  await f.step('her display name, typed in the palette, finds the same places', async () => {
    await f.wb.runCommand('GitLab Members: Find a User\'s Access…');
    await f.wb.answerInputBox(/every group and project of @demo is searched/, 'Carol Chen');
    await expectVisible(message().filter({ hasText: /One person matches "Carol Chen" \(\d+ groups and projects searched\)/ }), timeouts.view, 'no summary for the name');
    await expectVisible(rows(/Carol Chen \(@carol\)\s*8 places · highest Developer/), timeouts.view, 'Carol is not found by her name');
  });

  await f.step('her private email finds nobody, and the view says why; Bob\'s public email finds him', async () => {
    await f.wb.runCommand('GitLab Members: Find a User\'s Access…');
    await f.wb.answerInputBox(/every group and project of @demo is searched/, 'carol@example.com');
    await expectVisible(message().filter({ hasText: /Nobody matching "carol@example\.com" has access .*only when it is their public email/ }), timeouts.view,
      'no explanation for an email GitLab does not reveal');
    await f.wb.runCommand('GitLab Members: Find a User\'s Access…');
    await f.wb.answerInputBox(/every group and project of @demo is searched/, 'bob@example.com');
    await expectVisible(rows(/Bob Brown \(@bob\)/), timeouts.view, 'Bob is not found by his public email');
    await expectVisible(message().filter({ hasText: /One person matches "bob@example\.com"/ }), timeouts.ui, 'no summary for the public email');
    await expectVisible(message().filter({ hasText: /Path: a walk of every group and project \(GitLab lists a user's memberships to administrators only\)/ }), timeouts.ui,
      'the walk is not said to be the path');
  });

  await f.step('as an administrator: Ivan\'s memberships list instead of the walk, said in the view; a row reads its path when hovered', async () => {
    const demo = f.emulator!.state.userByUsername('demo')!;
    demo.isAdmin = true;
    try {
      await f.wb.runCommand('GitLab Members: Find a User\'s Access…');
      await f.wb.answerInputBox(/every group and project of @demo is searched/, 'ivan');
      await expectVisible(message().filter({ hasText: /@ivan is a direct member of 2 groups and projects\..*Path: the user's memberships list \(administrator\)\./ }), timeouts.view,
        'the fast path is not said');
      await expectVisible(rows(/Ivan Ivanov \(@ivan\)\s*2 places · highest Maintainer/), timeouts.ui, 'Ivan is not in the results');
      const infra = rows(/^Infra\s*Developer · direct · group$/);
      await expectVisible(infra, timeouts.ui, 'no listed row for Infra');
      await infra.first().hover();
      await expectVisible(rows(/^acme\/platform\/infra\s*Developer · direct$/), timeouts.view, 'the hovered row did not read its path');
    } finally {
      demo.isAdmin = false;
    }
  });
});
