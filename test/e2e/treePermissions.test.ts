// What the caller may do decides what is offered: on partner-co (Developer) and with a read-only token the
// rows offer no write action, and their tooltips say why.
import * as assert from 'node:assert/strict';
import { demoReadToken, demoToken } from '../harness/emulator';
import { flow } from '../harness/flow';
import { gitlab } from '../harness/gitlabView';
import { expectVisible, timeouts } from '../harness/workbench';

/** Menu titles that change GitLab (issue 5's actions and any later ones). */
const WRITE_ACTION = /invite|remove|change|edit|approve|revoke|resend|leave|role|expir|await|reactivat/i;

flow('no write actions for a Developer group or a read-only token', async (f) => {
  const view = gitlab(f);

  await f.step('baseline: on acme, where the caller is Owner, members have write actions', async () => {
    await view.signIn(demoToken);
    await view.expandPath('Acme', 'Members');
    const menu = await view.contextMenu(view.row('Alice Anders'));
    assert.ok(menu.some((item) => WRITE_ACTION.test(item)), `no write action for an Owner: ${menu.join(', ')}`);
    await view.collapseAll();
  });

  await f.step('partner-co, where the caller is Developer', async () => {
    assert.match(await view.tooltip(view.row('Partner Co')), /Your role: Developer.*Members: view only: managing group members needs Owner/);
    await view.expandPath('Partner Co', 'Members');
    await expectVisible(view.row('Bob Brown'), timeouts.view, 'no Bob among partner-co members');
    const menu = await view.contextMenu(view.row('Bob Brown'));
    assert.deepEqual(menu.filter((item) => WRITE_ACTION.test(item)), [], `write actions offered: ${menu.join(', ')}`);
    const folderMenu = await view.contextMenu(await view.rowAt('Partner Co', 'Members'));
    assert.ok(folderMenu.includes('Filter…'), `the folder menu lacks its view actions: ${folderMenu.join(', ')}`);
    assert.deepEqual(folderMenu.filter((item) => WRITE_ACTION.test(item)), [], `write actions offered: ${folderMenu.join(', ')}`);
    for (const row of [view.row('Partner Co'), await view.rowAt('Partner Co', 'Invitations')]) {
      const menu = await view.contextMenu(row);
      assert.deepEqual(menu.filter((item) => WRITE_ACTION.test(item)), [], `write actions offered on ${row}: ${menu.join(', ')}`);
    }
  });

  await f.step('the same user with a read_api token', async () => {
    await f.wb.runCommand('GitLab Members: Sign In');
    await f.wb.answerInputBox(/GitLab instance URL/i, f.emulator!.url);
    await f.wb.answerInputBox(/token/i, demoReadToken);
    await expectVisible(f.wb.notifications().filter({ hasText: /read-only/i }), timeouts.view, 'not told the token is read-only');
    assert.match(await view.tooltip(view.row('Acme')), /Your role: Owner.*Members: view only: this token is read-only/);
    await view.expandPath('Acme', 'Members');
    await expectVisible(view.row('Alice Anders'), timeouts.view, 'no Alice among acme members');
    await f.wb.runCommand('Notifications: Clear All Notifications');
    for (const row of [view.row('Alice Anders'), view.row('Demo Owner'), await view.rowAt('Acme', 'Members'), view.row('Acme')]) {
      const menu = await view.contextMenu(row);
      assert.ok(menu.length > 0, `no menu at all on ${row}`);
      assert.deepEqual(menu.filter((item) => WRITE_ACTION.test(item)), [], `write actions offered on ${row}: ${menu.join(', ')}`);
    }
  });

  await f.step('the palette offers no change with only a read-only account, but still browsing', async () => {
    for (const title of ['Invite Members…', 'Remove Member…', 'Edit Role and Expiry…', 'Approve All Awaiting Members…']) {
      assert.equal(await f.wb.paletteHas(`GitLab Members: ${title}`), false, `the palette offers "${title}" to a read-only account`);
    }
    assert.equal(await f.wb.paletteHas('GitLab Members: Export Members…'), true, 'the palette lost a read-only command');
  });
});
