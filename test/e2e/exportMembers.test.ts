// Export: big-org's 12,500 members as CSV in a new editor (every page loaded with progress), then
// acme/platform's members with the inherited ones and their source as Markdown.
import * as assert from 'node:assert/strict';
import { flow } from '../harness/flow';
import { expectVisible, timeouts } from '../harness/workbench';
import { clearNotifications, pickInQuickInput, runFromContextMenu, signInAsDemo } from './support/actions';

flow('export members to CSV and Markdown', async (f) => {
  let view!: Awaited<ReturnType<typeof signInAsDemo>>;
  const editorLines = () => f.wb.page.locator('.editor-instance .view-lines');
  const statusPosition = () => f.wb.page.locator('.statusbar-item', { hasText: /^Ln \d+, Col \d+/ });

  await f.step('sign in', async () => {
    view = await signInAsDemo(f);
  });

  await f.step('Big Org → Export Members… → direct, CSV in a new editor: 12,500 rows', async () => {
    const started = Date.now();
    await runFromContextMenu(f, view.row('Big Org'), 'Export Members…');
    await pickInQuickInput(f, /Which members\?/, /^Direct members/);
    await pickInQuickInput(f, /Format and destination/, 'CSV in a new editor');
    await expectVisible(editorLines().filter({ hasText: /Username,Name,Role,Access\slevel,Member\ssince,Expires,Membership,Source,State/ }), timeouts.view, 'no CSV editor');
    const seconds = (Date.now() - started) / 1000;
    assert.ok(seconds < 30, `the export took ${seconds} s`);
    await f.wb.page.locator('.editor-instance textarea').first().focus();
    await f.wb.page.keyboard.press('Control+End');
    await expectVisible(statusPosition().filter({ hasText: /^Ln 12502, Col 1$/ }), timeouts.ui, 'the CSV does not have 12,500 rows and a header');
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
});
