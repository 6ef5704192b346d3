// Export: big-org's 12,500 members as CSV in a new, unsaved editor named big-org-members.csv (every page
// loaded, the progress notification counting rows, a notification saying what it holds), acme/platform's members with the inherited ones and their source as Markdown, then acme's
// members to a CSV file through the save dialog, read back from disk.
import * as assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { flow } from '../harness/flow';
import { expectVisible, timeouts } from '../harness/workbench';
import { clearNotifications, expectNotification, pickInQuickInput, runFromContextMenu, signInAsDemo } from './support/actions';

flow('export members to CSV and Markdown', async (f) => {
  let view!: Awaited<ReturnType<typeof signInAsDemo>>;
  const editorLines = () => f.wb.page.locator('.editor-instance .view-lines');
  const statusPosition = () => f.wb.page.locator('.statusbar-item', { hasText: /^Ln \d+, Col \d+/ });

  await f.step('sign in', async () => {
    view = await signInAsDemo(f);
  });

  await f.step('Big Org → Export Members… → direct, CSV in a new editor: 12,500 rows', async () => {
    const started = Date.now();
    f.emulator!.setLatency(60); // long enough to read the progress, as on a real server
    await runFromContextMenu(f, view.row('Big Org'), 'Export Members…');
    await pickInQuickInput(f, /Which members\?/, /^Direct members/);
    await pickInQuickInput(f, /Format and destination/, 'CSV in a new editor');
    const progress = f.wb.notifications().filter({ hasText: /Exporting the members of big-org\W+[1-9][\d,]* (of [\d,]+\+?|so far)/ });
    await expectVisible(progress, timeouts.view, `no progress counting rows (visible: ${(await f.wb.notificationTexts()).join(' | ')})`);
    assert.ok(await progress.first().getByRole('button', { name: 'Cancel' }).isVisible(), 'the progress has no Cancel');
    await expectVisible(editorLines().filter({ hasText: /Username,Name,Role,Access\slevel,Member\ssince,Expires,Membership,Source,State/ }), timeouts.view, 'no CSV editor');
    await expectVisible(f.wb.page.locator('.tabs-container .tab', { hasText: 'big-org-members.csv' }), timeouts.ui, 'the editor is not named as the file would be');
    await expectNotification(f, /Exported 12,500 members of big-org into big-org-members\.csv, not saved yet/);
    const seconds = (Date.now() - started) / 1000;
    assert.ok(seconds < 30, `the export took ${seconds} s`);
    await f.wb.page.locator('.editor-instance textarea').first().focus();
    await f.wb.page.keyboard.press('Control+End');
    await expectVisible(statusPosition().filter({ hasText: /^Ln 12502, Col 1$/ }), timeouts.ui, 'the CSV does not have 12,500 rows and a header');
    f.emulator!.setLatency(0);
  });

  await f.step('Platform → Export Members… → with inherited, Markdown: each row says where it comes from', async () => {
    await clearNotifications(f);
    await view.expandPath('Acme');
    await runFromContextMenu(f, view.row('Platform'), 'Export Members…');
    await pickInQuickInput(f, /Which members\?/, /^Direct and inherited members/);
    await pickInQuickInput(f, /Format and destination/, 'Markdown in a new editor');
    const doc = editorLines().filter({ hasText: /#\sMembers\s\(with\sinherited\)\sof\sgroup\sacme\/platform/ });
    await expectVisible(doc, timeouts.view, 'no Markdown editor');
    // Long rows wrap in the editor: compare with whitespace collapsed.
    const text = (await doc.first().innerText()).replace(/\s+/g, ' ');
    assert.match(text, /\| dave \| Dave Diaz \| Developer \| 30 \| \d{4}-\d\d-\d\d \| \d{4}-\d\d-\d\d \| direct \| acme\/platform \| active \|/);
    assert.match(text, /\| carol \| Carol Chen \| Developer \| 30 \| [^|]+ \| [^|]+ \| inherited \| acme \| active \|/);
    await f.wb.notifications().filter({ hasText: /Exporting/ }).first().waitFor({ state: 'hidden', timeout: timeouts.ui });
    await f.wb.page.mouse.move(900, 700);
    await view.readmeShot('export-markdown');
  });

  await f.step('acme → Export Members… → CSV file…: saved where the dialog says, readable from disk', async () => {
    await clearNotifications(f);
    const file = join(f.dir, 'workspace', 'acme-members.csv');
    await runFromContextMenu(f, view.row('Acme'), 'Export Members…');
    await pickInQuickInput(f, /Which members\?/, /^Direct members/);
    await pickInQuickInput(f, /Format and destination/, 'CSV file…');
    const input = await f.wb.waitForInputBox(/save as/i);
    assert.match(await input.inputValue(), /workspace\/acme-members\.csv$/, 'the dialog does not propose the workspace file');
    await input.press('Enter');
    await expectNotification(f, /Exported 6 members of acme to acme-members\.csv\./);
    const lines = (await readFile(file, 'utf8')).trim().split(/\r?\n/);
    assert.equal(lines[0], 'Username,Name,Role,Access level,Member since,Expires,Membership,Source,State');
    assert.deepEqual(lines.slice(1).map((l) => l.split(',').slice(0, 3).join(',')), [
      'alice,Alice Anders,Maintainer', 'bob,Bob Brown,Reporter', 'carol,Carol Chen,Developer', 'demo,Demo Owner,Owner',
      'frank,Frank Fischer,Developer', 'grace,Grace Gómez,Guest',
    ]);
    assert.match(lines.find((l) => l.startsWith('frank,'))!, /,direct,acme,awaiting approval$/);
  });
});
