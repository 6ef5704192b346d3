// Hostile values from GitLab render as inert literal text (issue 6): in acme/design, a 10,000-character name, a
// right-to-left name with RLO/LRO overrides, a `<script>` name, and an invitation whose inviter's name is a `<b>`
// tag with an event handler. The tree, its tooltips and the invite form's autocomplete show them as text; no
// element is created from them and no dialog opens.
import * as assert from 'node:assert/strict';
import { flow } from '../harness/flow';
import { gitlab } from '../harness/gitlabView';
import { expectVisible, timeouts } from '../harness/workbench';
import { expectFormTarget, inviteForm, signInAsDemo } from './support/actions';

const SCRIPT = '<script>alert(1)</script>';
const RTL = '\u202Eexe.live \u0645\u0631\u062D\u0628\u0627 \u05E9\u05DC\u05D5\u05DD \u202Dok';
const BOLD = '<b onmouseover=alert(1)>x</b>';
const LONG_START = 'Loooong Name Loooong Name';
const rowsSelector = '.part.sidebar .monaco-list-row';

flow('hostile names and values are shown as literal text', async (f) => {
  const form = inviteForm(f.wb.page);
  const tree = gitlab(f);
  const page = f.wb.page;
  let view!: Awaited<ReturnType<typeof signInAsDemo>>;
  const labelOf = async (text: RegExp) => {
    const row = view.rows(text);
    await expectVisible(row, timeouts.view, `no row matching ${text}`);
    return (await row.first().locator('.label-name').innerText()).trim();
  };
  /** A row's tooltip, after the previous hover has gone (else the old one can be read again). */
  const tooltipOf = async (row: ReturnType<typeof view.rows>) => {
    await page.keyboard.press('Escape');
    await page.locator('.monaco-hover:visible, .workbench-hover:visible').first().waitFor({ state: 'hidden', timeout: timeouts.ui });
    return tree.tooltip(row);
  };
  const noElementsFromNames = async (where: string) => {
    for (const selector of [`${rowsSelector} script`, `${rowsSelector} b`, '[onmouseover]', 'img[src="x"]']) {
      assert.equal(await page.locator(selector).count(), 0, `${where}: found ${selector}`);
    }
  };

  await f.step('sign in and open acme / design / members', async () => {
    view = await signInAsDemo(f);
    await view.expandPath('Acme', 'Design', 'Members');
  });

  await f.step('members: each hostile name is a row with its literal text', async () => {
    assert.equal(await labelOf(/<script>alert\(1\)<\/script>/), SCRIPT);
    assert.equal(await labelOf(/exe\.live/), RTL);
    const long = view.rows(/Loooong Name/);
    assert.ok((await labelOf(/Loooong Name/)).startsWith(LONG_START), 'the long name is not shown as text');
    assert.match(await view.rowText(long), /@hostile-long · Guest/, 'the long name pushed its details out of the row');
    // The row keeps to the side bar's width: the name is cut off by the UI, not the layout stretched.
    const sidebar = await page.locator('.part.sidebar').boundingBox();
    const row = await long.first().boundingBox();
    assert.ok(sidebar && row && row.width <= sidebar.width + 1, `the long row is ${row?.width}px wide in a ${sidebar?.width}px side bar`);
    await noElementsFromNames('members');
  });

  await f.step('tooltips show the names literally', async () => {
    assert.match(await tooltipOf(view.rows(/<script>alert\(1\)<\/script>/)), /<script>alert\(1\)<\/script>.*Username: @hostile-script/);
    const rtlTip = await tooltipOf(view.rows(/exe\.live/));
    assert.ok(rtlTip.includes(RTL.replace(/\s+/g, ' ')), `the right-to-left name is not literal in its tooltip: ${JSON.stringify(rtlTip)}`);
    assert.equal(await page.locator('.monaco-hover script, .workbench-hover script').count(), 0);
    await noElementsFromNames('tooltips');
  });

  await f.step('invitations: the inviter\'s name is text', async () => {
    await view.expandPath('Acme', 'Design', 'Invitations');
    const row = view.rows(/hostile-invite@example\.com/);
    assert.ok((await view.rowText(row)).includes(`invited by ${BOLD}`), 'the inviter\'s name is not shown literally');
    assert.ok((await tooltipOf(row)).includes(BOLD), 'the inviter\'s name is not literal in the tooltip');
    await noElementsFromNames('invitations');
  });

  await f.step('invite form: the autocomplete suggests the hostile users as text', async () => {
    await tree.collapseAll();
    await view.expandPath('Acme');
    await view.rows(/^Design/).first().click();
    await expectFormTarget(form, 'acme/design');
    await form.locator('#recipient-input').click();
    await form.locator('#recipient-input').pressSequentially('hostile');
    const option = (username: string) => form.locator('[role="option"]', { hasText: `@${username}` });
    await expectVisible(option('hostile-script'), timeouts.view, 'typing "hostile" did not suggest @hostile-script');
    assert.ok((await option('hostile-script').first().innerText()).includes(SCRIPT), 'the <script> name is not shown literally');
    assert.ok((await option('hostile-inviter').first().innerText()).includes(BOLD), 'the <b> name is not shown literally');
    assert.ok((await option('hostile-rtl').first().innerText()).includes('exe.live'), 'the right-to-left name is missing');
    assert.ok((await option('hostile-long').first().innerText()).includes(LONG_START), 'the 10,000-character name is not suggested');
    assert.equal(await form.locator('[role="option"] script, [role="option"] b, [onmouseover]').count(), 0, 'a name became an element');
    await form.locator('#recipient-input').press('Enter');
    await expectVisible(form.locator('.chip', { hasText: '(@hostile-' }), timeouts.ui, 'the suggestion did not become a chip');
    assert.equal(await form.locator('.chip script, .chip b, [onmouseover]').count(), 0, 'a chip name became an element');
  });

  await f.step('no dialog or script ran', async () => {
    assert.deepEqual(f.dialogs, [], 'a dialog opened');
  });
});
