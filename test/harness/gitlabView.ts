// The GitLab Members side bar as a user sees it: the one page object every e2e flow uses for our tree (row
// actions themselves are in treeRows.ts, shared with the panels' trees).
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator } from 'playwright-core';
import type { Session } from './session';
import { commandRuns } from './extensionLog';
import { extensionId, readmeScreenshotsDir } from './paths';
import { storedSecretKeys } from './secrets';
import * as treeRows from './treeRows';
import { escapeRegExp, expectVisible, timeouts } from './workbench';

export const containerTitle = 'GitLab Members';
export const treeName = 'Groups & Projects';

export function gitlab(session: Session) {
  const { wb } = session;
  const page = wb.page;
  const pane = () => wb.view(treeName);
  const labelIs = (label: string) => page.locator('.label-name', { hasText: new RegExp(`^\\s*${escapeRegExp(label)}\\s*$`, 'i') });

  const api = {
    pane,
    /** Clicks "GitLab Members" in the activity bar (fails clearly if it never appears). */
    open: (timeout = timeouts.view) => wb.openViewContainer(containerTitle, timeout),
    signInButton: () => wb.welcomeButton(pane(), 'Sign in to GitLab'),
    /** Rows whose text (label + description) matches. */
    rows: (text?: string | RegExp) => wb.treeRows(pane(), text),
    /** Rows whose label is exactly `label` (case-insensitive). */
    row: (label: string) => wb.treeRows(pane()).filter({ has: labelIs(label) }),
    rowText: async (row: Locator) => {
      await expectVisible(row, timeouts.view, `row ${row} never appeared`);
      return (await row.first().innerText()).replace(/\s+/g, ' ').trim();
    },

    /**
     * Expands a path of labels, each a child of the previous one (uses aria-level, so the "Members"
     * folder of acme/platform/infra is not confused with acme's).
     */
    async expandPath(...labels: string[]): Promise<Locator> {
      let row: Locator | undefined;
      for (let i = 1; i <= labels.length; i++) {
        row = await treeRows.rowAt(pane(), labels.slice(0, i));
        await wb.expand(row, `"${labels[i - 1]}"`);
      }
      return row!;
    },

    /** The row at a path of labels, each a child of the one before (the path must already be expanded). */
    rowAt: (...labels: string[]) => treeRows.rowAt(pane(), labels),
    description: treeRows.description,
    inline: treeRows.inline,
    tooltip: treeRows.tooltip,
    /** Titles of the row's context menu items (the menu is closed again). */
    contextMenu: treeRows.contextMenuEntries,
    /**
     * Runs a context-menu item by its title, and checks in our log that the command got its row. VS Code
     * forgets a folder's rows while it redraws the folder (when its count arrives): an entry chosen in that
     * moment reaches the command without its row, which then asks with a picker, as from the palette. A person
     * sees the picker, closes it and chooses again; so does this, at most twice.
     */
    async choose(row: Locator, title: string): Promise<void> {
      for (let attempt = 1; ; attempt++) {
        const before = (await commandRuns(session)).length;
        await treeRows.runFromContextMenu(row, title);
        const deadline = Date.now() + timeouts.ui;
        let runs = await commandRuns(session);
        while (runs.length <= before) {
          if (Date.now() > deadline) throw new Error(`"${title}" from the context menu ran no command of ours`);
          await page.waitForTimeout(100);
          runs = await commandRuns(session);
        }
        if (!runs[before].endsWith(' without a row')) return;
        if (attempt === 3) throw new Error(`"${title}" reached its command without the row three times (${runs[before]})`);
        await page.keyboard.press('Escape');
        await wb.quickInput().waitFor({ state: 'hidden', timeout: timeouts.ui });
      }
    },

    /** Opens the view and signs in through the welcome view; waits for the tree to show Acme. */
    async signIn(token: string, { sideBarWidth = 'default' as number | 'default' } = {}): Promise<void> {
      await wb.open();
      await api.open();
      if (sideBarWidth !== 'default') await wb.setSideBarWidth(sideBarWidth);
      await api.signInButton().click();
      await wb.answerInputBox(/GitLab instance URL/i, session.emulator!.url);
      await wb.answerInputBox(/token/i, token);
      await expectVisible(api.row('Acme'), timeouts.view, 'after signing in, the tree never showed "Acme"');
    },

    /** The view's "Collapse All" button (rows below the fold are not in the DOM: collapse to reach them). */
    async collapseAll(): Promise<void> {
      await pane().locator('.pane-header').hover();
      await pane().locator('.pane-header .action-label[aria-label="Collapse All"]').click();
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

    /** Sign out through F1 → "GitLab Members: Sign Out", confirming if the extension asks. */
    async signOutFromPalette(): Promise<void> {
      await wb.runCommand('GitLab Members: Sign Out');
      // The extension may ask which account (quick pick) or to confirm (custom dialog): accept either.
      const deadline = Date.now() + 3000;
      while (Date.now() < deadline) {
        const dialogButton = page.locator('.monaco-dialog-box .monaco-button').filter({ hasText: /sign out/i });
        if (await dialogButton.first().isVisible()) return dialogButton.first().click();
        const pick = wb.quickInput().locator('.monaco-list-row').first();
        if ((await wb.quickInput().isVisible()) && (await pick.isVisible())) return page.keyboard.press('Enter');
        if (await api.signInButton().isVisible()) return;
        await page.waitForTimeout(100);
      }
    },

    /** SecretStorage keys our extension holds in this browser profile (from the workbench's own store). */
    async storedTokenKeys(): Promise<string[]> {
      return (await storedSecretKeys(page)).filter((s) => s.extensionId === extensionId).map((s) => s.key);
    },

    /** With UPDATE_SCREENSHOTS=1, also saves the current window as media/screenshots/<name>.png for the README. */
    async readmeShot(name: string): Promise<void> {
      if (process.env.UPDATE_SCREENSHOTS !== '1') return;
      // Top right of the editor area: never over the tree, the panel or a notification; no row hover in the picture.
      await page.mouse.move(1100, 200);
      await page.locator('.monaco-hover:visible, .workbench-hover:visible').first().waitFor({ state: 'hidden', timeout: 5_000 }).catch(() => undefined);
      await mkdir(readmeScreenshotsDir, { recursive: true });
      await page.screenshot({ path: join(readmeScreenshotsDir, `${name}.png`) });
    },
  };

  return api;
}
