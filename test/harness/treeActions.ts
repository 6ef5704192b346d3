// Acting on rows of our tree like a user: a row's description, its inline buttons, its context menu, its
// tooltip; signing in from the welcome view; switching the colour theme. (VS Code 1.100 web DOM.)
import type { Locator } from 'playwright-core';
import type { Session } from './session';
import { expectVisible, timeouts } from './workbench';
import { gitlab } from './gitlabView';

export function treeActions(session: Session) {
  const { wb } = session;
  const page = wb.page;
  const view = gitlab(session);
  const menu = () => page.locator('.monaco-menu-container .monaco-menu').first();

  const api = {
    /** Opens the view and signs in through the welcome view; waits for the tree to show Acme. */
    async signIn(token: string): Promise<void> {
      await wb.open();
      await view.open();
      await view.signInButton().click();
      await wb.answerInputBox(/GitLab instance URL/i, session.emulator!.url);
      await wb.answerInputBox(/token/i, token);
      await expectVisible(view.row('Acme'), timeouts.view, 'after signing in, the tree never showed "Acme"');
    },

    /**
     * The row at a path of labels (each a child of the one before; the path must already be expanded), e.g.
     * `rowAt('Acme', 'Platform', 'Infra', 'Members')`, which is not acme's own "Members".
     */
    async rowAt(...labels: string[]): Promise<Locator> {
      const deadline = Date.now() + timeouts.view;
      for (;;) {
        const rows = await view.pane().locator('.monaco-list[role="tree"] .monaco-list-row').evaluateAll((els) =>
          els.map((e) => ({
            index: Number(e.getAttribute('data-index')),
            level: Number(e.getAttribute('aria-level')),
            label: ((e.querySelector('.label-name') as HTMLElement | null)?.innerText ?? '').trim(),
          })).sort((a, b) => a.index - b.index));
        let at = -1;
        for (const [depth, label] of labels.entries()) {
          const from = rows.findIndex((r) => r.index === at);
          const next = rows.slice(from + 1).find((r, i, rest) => r.level === depth + 1 && r.label === label
            && rest.slice(0, i).every((p) => p.level > depth));
          at = next ? next.index : -2;
          if (!next) break;
        }
        if (at >= 0) return view.pane().locator(`.monaco-list[role="tree"] .monaco-list-row[data-index="${at}"]`);
        if (Date.now() > deadline) throw new Error(`no row at ${labels.join(' / ')}; rows: ${rows.map((r) => r.label).join(' | ')}`);
        await page.waitForTimeout(150);
      }
    },

    /** The text after the label (e.g. a folder's count), waiting until `expected` matches when given. */
    async description(row: Locator, expected?: RegExp, timeout = timeouts.view): Promise<string> {
      const read = async () => ((await row.first().locator('.label-description').innerText().catch(() => '')) || '').trim();
      const deadline = Date.now() + timeout;
      let text = await read();
      while (expected && !expected.test(text)) {
        if (Date.now() > deadline) throw new Error(`row ${row} shows "${text}", expected ${expected}`);
        await page.waitForTimeout(200);
        text = await read();
      }
      return text;
    },

    /** Clicks an inline button of a row (shown on hover), by its title. */
    async inline(row: Locator, title: string): Promise<void> {
      await row.first().hover();
      const button = row.first().locator(`.actions .action-label[aria-label="${title}"]`);
      await expectVisible(button, timeouts.ui, `no inline "${title}" on ${row}`);
      await button.first().click();
    },

    /** Titles of the row's context menu items (the menu is closed again). */
    async contextMenu(row: Locator): Promise<string[]> {
      await row.first().click({ button: 'right' });
      await expectVisible(menu(), timeouts.ui, `no context menu on ${row}`);
      const items = await menu().locator('.action-item .action-label').evaluateAll((els) =>
        els.map((e) => (e as HTMLElement).innerText.trim()).filter(Boolean));
      await page.keyboard.press('Escape');
      return items;
    },

    /** Picks a context-menu item by its title. */
    async choose(row: Locator, title: string): Promise<void> {
      await row.first().click({ button: 'right' });
      const item = menu().locator('.action-item .action-label', { hasText: new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) });
      await expectVisible(item, timeouts.ui, `no "${title}" in the context menu of ${row}`);
      // A click right after the menu opens can be swallowed (it guards against the opening right-click):
      // hover the item (which focuses it) and press Enter.
      await item.first().hover();
      await page.keyboard.press('Enter');
      await menu().waitFor({ state: 'hidden', timeout: timeouts.ui });
    },

    /** The row's hover tooltip text (hovering again while the tree re-renders the row). */
    async tooltip(row: Locator): Promise<string> {
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
    },

    /** The view's "Collapse All" button (rows below the fold are not in the DOM: collapse to reach them). */
    async collapseAll(): Promise<void> {
      await view.pane().locator('.pane-header').hover();
      await view.pane().locator('.pane-header .action-label[aria-label="Collapse All"]').click();
    },

    /** Collapses other views of our side bar (e.g. a form under the tree), so pictures show the tree. */
    async collapseOtherViews(): Promise<void> {
      const others = page.locator('.part.sidebar .pane-header.expanded').filter({ hasNot: page.locator('[aria-label^="Groups & Projects"]') });
      for (const header of await others.all()) {
        if (!((await header.getAttribute('aria-label')) ?? '').startsWith('Groups & Projects')) await header.click();
      }
    },

    /** Switches the colour theme through F1 → "Preferences: Color Theme", as a user would. */
    async setTheme(theme: 'Default Light Modern' | 'Default Dark Modern'): Promise<void> {
      await wb.runCommand('Preferences: Color Theme');
      const input = await wb.waitForInputBox(/theme/i);
      await input.fill(theme);
      // The row reads "Light Modern  Default Light Modern" (label, then the theme's full name).
      const pick = wb.quickInput().locator('.monaco-list-row').filter({ hasText: theme });
      await expectVisible(pick, timeouts.ui, `no theme "${theme}" to pick`);
      await pick.first().click();
      const light = theme.includes('Light');
      await page.locator(light ? '.monaco-workbench.vs' : '.monaco-workbench.vs-dark').waitFor({ timeout: timeouts.ui });
      // The picker closed with the pointer over the editor: no hover left behind, and the quick input gone.
      await page.mouse.move(700, 500);
      await wb.quickInput().waitFor({ state: 'hidden', timeout: timeouts.ui });
    },
  };
  return api;
}
