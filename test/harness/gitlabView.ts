// The GitLab Members side bar as a user sees it: page helpers shared by every e2e flow.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator } from 'playwright-core';
import type { Session } from './session';
import { extensionId, readmeScreenshotsDir } from './paths';
import { storedSecretKeys } from './secrets';
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
      let parentIndex = -1;
      let row: Locator | undefined;
      for (const label of labels) {
        const found = await findChildIndex(pane(), label, parentIndex);
        row = pane().locator(`.monaco-list[role="tree"] .monaco-list-row[data-index="${found}"]`);
        await wb.expand(row, `"${label}"`);
        parentIndex = found;
      }
      return row!;
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

  /** data-index of the first row after `parentIndex` at the next level whose label is `label`. */
  async function findChildIndex(scope: Locator, label: string, parentIndex: number): Promise<number> {
    const deadline = Date.now() + timeouts.view;
    for (;;) {
      const rows = await scope.locator('.monaco-list[role="tree"] .monaco-list-row').evaluateAll((els) =>
        els.map((e) => ({
          index: Number(e.getAttribute('data-index')),
          level: Number(e.getAttribute('aria-level')),
          label: ((e.querySelector('.label-name') as HTMLElement | null)?.innerText ?? '').trim(),
        })),
      );
      rows.sort((a, b) => a.index - b.index);
      const parent = rows.find((r) => r.index === parentIndex);
      const want = label.toLowerCase();
      for (const r of rows) {
        if (parent) {
          if (r.index <= parent.index) continue;
          if (r.level <= parent.level) break;
          if (r.level !== parent.level + 1) continue;
        }
        if (r.label.toLowerCase() === want) return r.index;
      }
      if (Date.now() > deadline) {
        const where = parent ? ` under "${parent.label}"` : '';
        throw new Error(`no tree row "${label}"${where}; rows: ${rows.map((r) => `${'  '.repeat(r.level - 1)}${r.label}`).join(' | ')}`);
      }
      await page.waitForTimeout(150);
    }
  }

  return api;
}
