// The side bar as a new group owner first sees it: 1280×800, the side bar at the workbench's default width,
// nothing resized. The tree and the invite form share it (Find Access and Expiring Access are tabs of the
// panel, whose width their rows need); the form's Role and Invite show without scrolling, and Invite stays in sight
// while recipients pile up; an inherited member's source shows without hovering, next to the name, and the
// Members folder has an inline inherited filter.
import * as assert from 'node:assert/strict';
import type { FrameLocator, Locator } from 'playwright-core';
import { flow } from '../harness/flow';
import { gitlab } from '../harness/gitlabView';
import { expectVisible, timeouts } from '../harness/workbench';
import { expectFormTarget, inviteForm, signInAsDemo } from './support/actions';

/** How an element of the form sits in the form's own viewport (the webview pane), without scrolling. */
async function inSight(form: FrameLocator, selector: string): Promise<{ visible: boolean; detail: string }> {
  return form.locator(selector).first().evaluate((el) => {
    const box = el.getBoundingClientRect();
    const scrolled = document.scrollingElement?.scrollTop ?? 0;
    const visible = box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight;
    return { visible, detail: `${el.id}: top ${Math.round(box.top)}, bottom ${Math.round(box.bottom)}, pane ${window.innerHeight} px high, scrolled ${scrolled}` };
  });
}

/**
 * Whether `text` in the row's description is drawn whole: its right edge inside every clipping box around it
 * (each ancestor up to the list that hides overflow, less its right padding), so not replaced by "…".
 */
async function shownWhole(row: Locator, text: string): Promise<{ shown: boolean; detail: string }> {
  return row.first().evaluate((el, wanted) => {
    const description = el.querySelector('.label-description');
    const node = description?.firstChild;
    const at = node?.textContent?.indexOf(wanted) ?? -1;
    if (!description || !node || at < 0) return { shown: false, detail: `no "${wanted}" in "${description?.textContent ?? ''}"` };
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + wanted.length);
    const right = range.getBoundingClientRect().right;
    let edge = Infinity;
    for (let box: Element | null = description; box; box = box.parentElement) {
      const style = getComputedStyle(box);
      if (style.overflowX !== 'visible') edge = Math.min(edge, box.getBoundingClientRect().right - parseFloat(style.paddingRight || '0'));
      if (box.classList.contains('monaco-list')) break;
    }
    return { shown: right <= edge, detail: `"${wanted}" ends at ${Math.round(right)} px, the visible label area at ${Math.round(edge)} px` };
  }, text);
}

flow('the default side bar: tree and form fit, sources show, results in the panel', async (f) => {
  const form = inviteForm(f.wb.page);
  const tree = gitlab(f);
  let view!: Awaited<ReturnType<typeof signInAsDemo>>;

  await f.step('sign in at the default side-bar width: the side bar holds the tree and the form only', async () => {
    view = await signInAsDemo(f, undefined, { sideBarWidth: 'default' });
    const sideBar = f.wb.page.locator('.part.sidebar');
    const width = (await sideBar.boundingBox())?.width ?? 0;
    assert.ok(width > 0 && width < 460, `the side bar is ${width} px wide: not the default`);
    const panes = await sideBar.locator('.pane-header').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
    assert.deepEqual(panes.map((p) => p.replace(/ (Section|View).*$/, '')), ['Groups & Projects', 'Invite Members'], panes.join(' | '));
  });

  await f.step('select Acme: the form\'s Role and Invite are in sight without scrolling', async () => {
    await view.row('Acme').first().click();
    await expectFormTarget(form, 'acme');
    for (const selector of ['#role', '#send']) {
      const { visible, detail } = await inSight(form, selector);
      assert.ok(visible, `not in sight: ${detail}`);
    }
    await view.readmeShot('sidebar-default');
  });

  await f.step('eight recipients later, Invite is still in sight (the Invite row sticks to the bottom)', async () => {
    const input = form.locator('#recipient-input');
    await input.click();
    await input.pressSequentially(Array.from({ length: 8 }, (_, i) => `person${i + 1}@example.com`).join(', ') + ' ');
    await expectVisible(form.locator('.chip', { hasText: 'person8@example.com' }), timeouts.ui, 'the typed emails did not become chips');
    const { visible, detail } = await inSight(form, '#send');
    assert.ok(visible, `Invite scrolled away: ${detail}`);
  });

  await f.step('the inline inherited filter on Members; an inherited source shows without hovering', async () => {
    const members = await view.expandPath('Acme', 'Platform', 'Infra', 'Members');
    await tree.inline(members, 'Show or Hide Inherited Members');
    await tree.description(members, /with inherited/);
    // acme/platform is the row "Platform" above: the row names it as the tree does.
    const dave = view.rows(/Dave Diaz\s*from Platform/);
    await expectVisible(dave, timeouts.view, 'Dave is not listed as inherited from Platform');
    const { shown, detail } = await shownWhole(dave, 'from Platform');
    assert.ok(shown, `the source is cut off: ${detail}`);
    await view.readmeShot('tree-inherited');
  });

  await f.step('Find Access shows its results in the panel, at the panel\'s width', async () => {
    await f.wb.runCommand('GitLab Members: Find a User\'s Access…');
    await f.wb.answerInputBox(/every group and project of @demo is searched/, 'carol');
    const pane = f.wb.page.locator('.part.panel .pane').filter({ has: f.wb.page.locator('.pane-header[aria-label^="Find Access"]') });
    await expectVisible(pane.locator('.message', { hasText: /One person matches "carol"/ }), timeouts.view, 'no result in the panel');
    await expectVisible(f.wb.treeRows(pane, /Carol Chen \(@carol\)/), timeouts.ui, 'Carol is not listed in the panel');
    const place = f.wb.treeRows(pane, /^acme\/platform\/infra\b/);
    const { shown, detail } = await shownWhole(place, 'inherited from acme');
    assert.ok(shown, `a place's source is cut off in the panel: ${detail}`);
    // Its own tab: Expiring Access is not shown, so it does not scan the account meanwhile.
    assert.equal(await f.wb.view('Expiring Access').isVisible(), false, 'Expiring Access is shown beside Find Access');
  });
});
