// "Expiring Access": every membership and invitation expiring within 30 days, soonest first (an expired one is
// listed until GitLab's daily worker removes it); two are extended by 90 days at once (roles kept), one invitation to a chosen date, the last one by
// 30 days from its row's inline button; a longer window set in the Settings editor reloads the view; a date
// earlier than the current expiry is skipped, never shortening access; a group share ending soon is listed without Extend.
import * as assert from 'node:assert/strict';
import { flow } from '../harness/flow';
import { expectHidden, expectVisible, timeouts } from '../harness/workbench';
import { changeSettingInUi, clearNotifications, expectNotification, runFromContextMenu, signInAsDemo, waitForExtensionLog } from './support/actions';

const DAY = 86_400_000;
const plusDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
const today = () => new Date().toISOString().slice(0, 10);

flow('extend expiring access', async (f) => {
  const state = () => f.emulator!.state;
  const pane = () => f.wb.view('Expiring Access');
  const rows = (text?: RegExp) => f.wb.treeRows(pane(), text);
  let carolWas = '';
  let daveWas = '';

  await f.step('sign in; big-org\'s generated expiries are cleared so the demo people show', async () => {
    const bigOrg = state().source('big-org');
    for (const m of state().members('big-org').filter((x) => x.expiresAt)) state().removeMembership(bigOrg, m.userId);
    carolWas = state().members('acme').find((m) => m.username === 'carol')!.expiresAt!;
    daveWas = state().members('acme/platform').find((m) => m.username === 'dave')!.expiresAt!;
    await signInAsDemo(f);
  });

  await f.step('Show Expiring Access: soonest first', async () => {
    await f.wb.runCommand('GitLab Members: Show Expiring Access');
    await expectVisible(rows(/Dave Diaz/), timeouts.view, 'Dave is not listed');
    const texts = await f.wb.rowTexts(pane());
    const names = ['Erin Evans', 'Carol Chen', 'Dave Diaz', 'contractor@example.org'];
    assert.deepEqual(texts.map((t) => names.find((n) => t.startsWith(n))), names, texts.join('\n'));
    assert.match(texts[0], /@erin · acme\/design · Developer · expires tomorrow/);
    assert.match(texts[3], /invitation · acme · Reporter · expires in 20 days/);
    await expectVisible(pane().locator('.message', { hasText: /4 memberships and invitations expire within 30 days, soonest first/ }), timeouts.ui, 'no summary');
    await (await import('../harness/gitlabView')).gitlab(f).readmeShot('expiring-access');
  });

  await f.step('Erin and Carol selected: Extend by 90 Days', async () => {
    await rows(/Erin Evans/).first().click();
    await rows(/Carol Chen/).first().click({ modifiers: ['Control'] });
    await runFromContextMenu(f, rows(/Carol Chen/), 'Extend by 90 Days');
    await expectNotification(f, /Extended by 90 days: 2 memberships and invitations\./);
    const carol = state().members('acme').find((m) => m.username === 'carol')!;
    const erin = state().members('acme/design').find((m) => m.username === 'erin')!;
    assert.deepEqual([carol.accessLevel, carol.expiresAt], [30, plusDays(carolWas, 90)]);
    assert.deepEqual([erin.accessLevel, erin.expiresAt], [30, plusDays(plusDays(today(), 1), 90)]);
    await expectHidden(rows(/Carol Chen/), timeouts.view, 'Carol still shows as expiring');
    await expectHidden(rows(/Erin Evans/), timeouts.view, 'Erin still shows as expiring');
  });

  await f.step('Extend to Date… on the invitation', async () => {
    await clearNotifications(f);
    const date = plusDays(today(), 200);
    await runFromContextMenu(f, rows(/contractor@example\.org/), 'Extend to Date…');
    await f.wb.answerInputBox(/New access expiry date/, date);
    await expectNotification(f, new RegExp(`Extended to ${date}: 1 membership or invitation\\.`));
    const invitation = state().invitations('acme').find((i) => i.email === 'contractor@example.org')!;
    assert.deepEqual([invitation.accessLevel, invitation.expiresAt], [20, date]);
    await expectVisible(pane().locator('.message', { hasText: /1 membership or invitation expires within 30 days/ }), timeouts.view, 'the view did not reload');
  });

  await f.step('Extend by 30 Days from Dave\'s row: nothing left within 30 days', async () => {
    await clearNotifications(f);
    const dave = rows(/Dave Diaz/);
    await dave.first().hover();
    const button = dave.first().locator('.actions .action-label[aria-label="Extend by 30 Days"]');
    await expectVisible(button, timeouts.ui, 'Dave\'s row has no inline "Extend by 30 Days"');
    await button.first().click();
    await expectNotification(f, /Extended by 30 days: 1 membership or invitation\./);
    const dave2 = state().members('acme/platform').find((m) => m.username === 'dave')!;
    assert.deepEqual([dave2.accessLevel, dave2.expiresAt], [30, plusDays(daveWas, 30)]);
    await expectVisible(pane().locator('.message', { hasText: /Nothing expires within 30 days/ }), timeouts.view, 'the view did not reload');
    await expectHidden(rows(/Dave Diaz/), timeouts.view, 'Dave still shows as expiring');
  });

  await f.step('gitlabMembers.expiringWithinDays set to 60 in the Settings editor: the view looks further', async () => {
    await changeSettingInUi(f, 'gitlabMembers.expiringWithinDays', '60');
    await expectVisible(pane().locator('.message', { hasText: /1 membership or invitation expires within 60 days/ }), timeouts.view,
      'the view did not reload with the new window');
    await expectVisible(rows(/Dave Diaz/), timeouts.view, 'Dave is not listed again');
    const texts = await f.wb.rowTexts(pane());
    assert.equal(texts.length, 1, texts.join('\n'));
    assert.match(texts[0], new RegExp(`^Dave Diaz\\s*@dave · acme/platform · Developer · expires ${plusDays(daveWas, 30)}$`));
  });

  await f.step('Extend to Date… earlier than Dave\'s expiry: skipped, never shortened', async () => {
    await clearNotifications(f);
    const earlier = plusDays(today(), 5);
    await runFromContextMenu(f, rows(/Dave Diaz/), 'Extend to Date…');
    await f.wb.answerInputBox(/New access expiry date/, earlier);
    await expectNotification(f, new RegExp(`Extended to ${earlier}: 0 memberships and invitations\\. 1 skipped\\.`));
    assert.equal(state().members('acme/platform').find((m) => m.username === 'dave')!.expiresAt, plusDays(daveWas, 30), 'Dave\'s access was shortened');
  });

  await f.step('a group share ending within the window is listed, with no Extend: GitLab\'s API cannot change its end date', async () => {
    state().share('acme/design', 'partner-co', 30, plusDays(today(), 4));
    await changeSettingInUi(f, 'gitlabMembers.expiringWithinDays', '45'); // reloads the view
    await expectVisible(pane().locator('.message', { hasText: /1 group share ends within 45 days: to change its end date, remove it and invite the group again/ }),
      timeouts.view, 'no word of the share above the rows');
    const share = rows(/^partner-co/);
    await expectVisible(share, timeouts.view, 'the share is not listed'); // the rows follow the summary a moment later
    const texts = await f.wb.rowTexts(pane());
    const at = texts.findIndex((t) => /^partner-co\s*group share · acme\/design · Developer · expires in 4 days$/.test(t));
    assert.ok(at >= 0 && at < texts.findIndex((t) => t.startsWith('Dave Diaz')), `soonest first, the share before Dave:\n${texts.join('\n')}`);
    await share.first().hover();
    assert.equal(await share.first().locator('.actions .action-label[aria-label="Extend by 30 Days"]').count(), 0, 'the share row offers Extend');
    await rows(/Dave Diaz/).first().hover();
    await expectVisible(rows(/Dave Diaz/).first().locator('.actions .action-label[aria-label="Extend by 30 Days"]'), timeouts.ui, 'Dave\'s row lost its Extend');
  });

  await f.step('Extend by 30 Days from the palette, nothing selected: the rows offered leave the share out', async () => {
    await f.wb.runCommand('GitLab Members: Extend by 30 Days');
    const offered = f.wb.quickInput().locator('.monaco-list-row');
    await expectVisible(offered.filter({ hasText: /Dave Diaz \(@dave\) in acme\/platform/ }), timeouts.ui, 'Dave is not offered');
    assert.deepEqual(await offered.filter({ hasText: /partner-co/ }).count(), 0, 'the share is offered for extending');
    await f.wb.page.keyboard.press('Escape');
    await expectHidden(f.wb.quickInput(), timeouts.ui, 'the quick pick stayed open');
  });

  await f.step('Open Members in Browser on the share: GitLab\'s Groups tab of the place', async () => {
    const popup = f.wb.page.context().waitForEvent('page', { timeout: timeouts.ui }).catch(() => undefined);
    await runFromContextMenu(f, rows(/^partner-co/), 'Open Members in Browser');
    await waitForExtensionLog(f, /opening http:\/\/127\.0\.0\.1:\d+\/groups\/acme\/design\/-\/group_members\?tab=groups/, 'the Groups tab was not opened');
    await (await popup)?.close();
  });
});
