// Acting on a row of any tree in the workbench (ours, the Find Access and Expiring Access panels) as a user does:
// find it by its path, read its description and tooltip, click its inline buttons, use its context menu.
// The one implementation every flow uses (VS Code 1.100 web DOM).
import type { Locator, Page } from 'playwright-core';
import { escapeRegExp, expectVisible, timeouts } from './workbench';

interface RowInfo { index: number; level: number; label: string }

async function rowInfos(pane: Locator): Promise<RowInfo[]> {
  const rows = await pane.locator('.monaco-list[role="tree"] .monaco-list-row').evaluateAll((els) =>
    els.map((e) => ({
      index: Number(e.getAttribute('data-index')),
      level: Number(e.getAttribute('aria-level')),
      label: ((e.querySelector('.label-name') as HTMLElement | null)?.innerText ?? '').trim(),
    })));
  return rows.sort((a, b) => a.index - b.index);
}

/**
 * The row at a path of labels (case-insensitive), each a child of the one before, e.g. `rowAt(pane, 'Acme',
 * 'Platform', 'Infra', 'Members')`, which is not acme's own "Members". The path must be expanded, except for its
 * last row, which `expanding` may still be loading. Rows are read again (every 150 ms) until the path is there.
 */
export async function rowAt(pane: Locator, labels: readonly string[]): Promise<Locator> {
  const deadline = Date.now() + timeouts.view;
  for (;;) {
    const rows = await rowInfos(pane);
    const at = findPath(rows, labels.map((l) => l.toLowerCase()));
    if (at >= 0) return pane.locator(`.monaco-list[role="tree"] .monaco-list-row[data-index="${at}"]`);
    if (Date.now() > deadline) {
      throw new Error(`no tree row at ${labels.join(' / ')}; rows: ${rows.map((r) => `${'  '.repeat(Math.max(0, r.level - 1))}${r.label}`).join(' | ')}`);
    }
    await pane.page().waitForTimeout(150);
  }
}

/**
 * The data-index of the row at a path of labels (the first anywhere, each next one among the rows right under
 * it: one level deeper, before the parent's block ends), or -1.
 */
function findPath(rows: readonly RowInfo[], labels: readonly string[]): number {
  let pos = rows.findIndex((r) => r.label.toLowerCase() === labels[0]);
  for (const label of labels.slice(1)) {
    if (pos < 0) return -1;
    const parent = rows[pos];
    let next = -1;
    for (let i = pos + 1; i < rows.length && rows[i].level > parent.level; i++) {
      if (rows[i].level === parent.level + 1 && rows[i].label.toLowerCase() === label) { next = i; break; }
    }
    pos = next;
  }
  return pos < 0 ? -1 : rows[pos].index;
}

/** The text after the label (e.g. a folder's count), waiting until `expected` matches when given. */
export async function description(row: Locator, expected?: RegExp, timeout = timeouts.view): Promise<string> {
  const read = async () => ((await row.first().locator('.label-description').innerText().catch(() => '')) || '').trim();
  const deadline = Date.now() + timeout;
  let text = await read();
  while (expected && !expected.test(text)) {
    if (Date.now() > deadline) throw new Error(`row ${row} shows "${text}", expected ${expected}`);
    await row.page().waitForTimeout(200);
    text = await read();
  }
  return text;
}

/** Clicks an inline button of a row (shown on hover), by its title. */
export async function inline(row: Locator, title: string): Promise<void> {
  await row.first().hover();
  const button = row.first().locator(`.actions .action-label[aria-label="${title}"]`);
  await expectVisible(button, timeouts.ui, `no inline "${title}" on ${row}`);
  await button.first().click();
}

/** The row's hover tooltip text (hovering again while the tree re-renders the row). */
export async function tooltip(row: Locator): Promise<string> {
  const page = row.page();
  const hover = page.locator('.monaco-hover:visible, .workbench-hover:visible').first();
  const deadline = Date.now() + timeouts.ui;
  for (;;) {
    await page.mouse.move(5, 5);
    await row.first().locator('.label-name').hover();
    const shown = await hover.waitFor({ state: 'visible', timeout: 3000 }).then(() => true, () => false);
    if (shown) break;
    if (Date.now() > deadline) throw new Error(`no tooltip on ${row} (hovered for ${timeouts.ui / 1000}s)`);
  }
  const text = (await hover.innerText()).replace(/\s+/g, ' ').trim();
  await page.mouse.move(700, 500);
  return text;
}

/** Right-clicks a tree row and runs the context-menu entry `title`. */
export async function runFromContextMenu(row: Locator, title: string): Promise<void> {
  await expectVisible(row, timeouts.view, `no tree row for "${title}"`);
  const page = row.page();
  await openContextMenu(page, row);
  const label = page.locator('.action-label', { hasText: new RegExp(`^\\s*${escapeRegExp(title)}\\s*$`) });
  const item = page.locator('.context-view .action-item').filter({ has: label });
  await expectVisible(item, timeouts.ui, `the context menu has no "${title}"`);
  // VS Code ignores a click that lands right after the menu opened: focus the entry, then press Enter.
  await item.first().hover();
  await page.keyboard.press('Enter');
  await item.first().waitFor({ state: 'hidden', timeout: timeouts.ui });
}

/** The entries of a tree row's context menu (the menu is closed again with Escape). */
export async function contextMenuEntries(row: Locator): Promise<string[]> {
  const page = row.page();
  await openContextMenu(page, row);
  const items = page.locator('.context-view .action-item .action-label');
  const texts = (await items.allInnerTexts()).map((t) => t.trim()).filter(Boolean);
  await page.keyboard.press('Escape');
  return texts;
}

/**
 * Right-clicks a row until its context menu shows: a row the tree re-renders under the pointer (a folder that
 * just finished loading) swallows the first click now and then (seen in CI), so a second one follows after 3 s.
 */
async function openContextMenu(page: Page, row: Locator): Promise<void> {
  const menu = page.locator('.context-view .action-item .action-label');
  await treeSettled(row);
  await row.first().click({ button: 'right' });
  if (await menu.first().waitFor({ state: 'visible', timeout: 3_000 }).then(() => true, () => false)) return;
  await row.first().click({ button: 'right' });
  await expectVisible(menu, timeouts.ui, 'no context menu opened');
}

/**
 * Waits until the tree holding `row` has drawn nothing new for 1 s (at most 8 s). A folder redraws its own
 * row when its count arrives; VS Code's extension host then forgets the folder's children until the workbench
 * fetches them again (its change events are debounced by 200 ms), and a menu command run on a child in that
 * gap gets no row. No person clicks that fast; a test does, so it waits like one. (500 ms was not enough for
 * the first flow of a cold CI run: twice in a day the command got no row.)
 */
export async function treeSettled(row: Locator): Promise<void> {
  // No named functions inside the page callback: tsx would wrap them in a __name helper the page lacks.
  await row.first().evaluate((el) => new Promise<void>((resolve) => {
    const list = el.closest('.monaco-list') ?? document.body;
    const started = Date.now();
    let last = started;
    const observer = new MutationObserver(() => { last = Date.now(); });
    observer.observe(list, { childList: true, subtree: true, characterData: true });
    const timer = setInterval(() => {
      if (Date.now() - last < 1_000 && Date.now() - started < 8_000) return;
      clearInterval(timer);
      observer.disconnect();
      resolve();
    }, 50);
  }));
}
