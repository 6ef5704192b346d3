// What a user does in the VS Code workbench, as small page helpers. Selectors are VS Code 1.100's DOM.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';

export const timeouts = {
  workbench: 60_000,
  /** Extension host start + activation + first render. */
  view: Number(process.env.GLM_VIEW_TIMEOUT ?? 45_000),
  ui: 15_000,
};

export class Workbench {
  private step = 0;

  constructor(
    readonly page: Page,
    readonly url: string,
    /** Screenshots of this flow go here as `<nn>-<name>.png`. */
    readonly screenshotDir: string,
  ) {}

  /** Opens the workbench and waits until it has rendered its parts. */
  async open(): Promise<void> {
    await this.page.goto(this.url);
    await this.waitForWorkbench();
  }

  async waitForWorkbench(): Promise<void> {
    await expectVisible(this.page.locator('.monaco-workbench .part.activitybar'), timeouts.workbench, 'the VS Code workbench did not load');
  }

  /** Reloads the browser tab (same browser profile, so browser-side storage survives, as for a user). */
  async reload(): Promise<void> {
    await this.page.reload();
    await this.waitForWorkbench();
  }

  /** F1 → "Developer: Reload Window", as a user would; waits for the new workbench. */
  async reloadWindow(): Promise<void> {
    const loaded = this.page.waitForEvent('load', { timeout: timeouts.workbench });
    await this.runCommand('Developer: Reload Window');
    await loaded;
    await this.waitForWorkbench();
  }

  /** Saves `<nn>-<name>.png` and returns its path. */
  async shot(name: string, dir = this.screenshotDir): Promise<string> {
    await mkdir(dir, { recursive: true });
    const file = join(dir, `${String(++this.step).padStart(2, '0')}-${slug(name)}.png`);
    await this.page.screenshot({ path: file });
    return file;
  }

  // ── activity bar / side bar ────────────────────────────────────────────────────────────────────
  activityItem(title: string): Locator {
    return this.page.locator(`.part.activitybar li.action-item:has(> a.action-label[aria-label^="${cssString(title)}"])`);
  }

  /** Clicks the view container's activity-bar entry (unless it is already showing). */
  async openViewContainer(title: string, timeout = timeouts.view): Promise<void> {
    const item = this.activityItem(title);
    await expectVisible(item, timeout, `the activity bar never showed "${title}" (extension not loaded?)`);
    // Clicking the active entry hides the side bar, and right after a (re)load the workbench may still be
    // restoring the last active container: click only while it is not showing, and re-check.
    const shown = this.sideBarTitle(title);
    const deadline = Date.now() + timeouts.ui;
    while (!(await shown.isVisible())) {
      if (Date.now() > deadline) throw new Error(`the side bar did not switch to "${title}" (clicked its activity-bar entry for ${timeouts.ui / 1000}s)`);
      await item.click();
      await shown.waitFor({ state: 'visible', timeout: 2000 }).catch(() => {});
    }
    await this.page.mouse.move(700, 500); // no hover tooltip in screenshots
  }

  /** Drags the side bar's edge so it is `width` px wide (long names stay readable in screenshots). */
  async setSideBarWidth(width: number): Promise<void> {
    const box = await this.page.locator('.part.sidebar').boundingBox();
    if (!box) throw new Error('the side bar is not visible');
    const y = box.y + box.height / 2;
    await this.page.mouse.move(box.x + box.width, y);
    await this.page.mouse.down();
    await this.page.mouse.move(box.x + width, y, { steps: 5 });
    await this.page.mouse.up();
    await this.page.mouse.move(700, 500);
  }

  sideBarTitle(title: string): Locator {
    return this.page.locator('.part.sidebar .composite.title h2').filter({ hasText: title });
  }

  /** A view (pane) of the side bar or of the panel by its name, e.g. "Groups & Projects" or "Find Access". */
  view(name: string): Locator {
    return this.page.locator('.part.sidebar .pane, .part.panel .pane').filter({
      has: this.page.locator(`.pane-header[aria-label^="${cssString(name)}"]`),
    });
  }

  /** A button of a view's welcome content ("viewsWelcome"). */
  welcomeButton(view: Locator, label: string): Locator {
    return view.locator('.welcome-view-content .monaco-button').filter({ hasText: label });
  }

  // ── trees ──────────────────────────────────────────────────────────────────────────────────────
  /** Rows of the tree inside `scope` whose label or description contains `text` (string: substring). */
  treeRows(scope: Locator, text?: string | RegExp): Locator {
    const rows = scope.locator('.monaco-list[role="tree"] .monaco-list-row');
    return text === undefined ? rows : rows.filter({ hasText: text });
  }

  /** The single row whose label is exactly `label`. */
  treeRow(scope: Locator, label: string): Locator {
    return scope
      .locator('.monaco-list[role="tree"] .monaco-list-row')
      .filter({ has: this.page.locator('.label-name', { hasText: new RegExp(`^${escapeRegExp(label)}$`) }) });
  }

  /** Expands a collapsed row (a single click, like a user) and waits for it to open. */
  async expand(row: Locator, what = 'row'): Promise<void> {
    await expectVisible(row, timeouts.view, `tree row ${what} never appeared`);
    if ((await row.getAttribute('aria-expanded')) === 'false') await row.click();
    await row.locator('xpath=self::*[@aria-expanded="true"]').waitFor({ timeout: timeouts.ui }).catch(() => {
      throw new Error(`tree row ${what} did not expand`);
    });
  }

  /** Visible text of rows, for assertions and failure messages. */
  async rowTexts(scope: Locator): Promise<string[]> {
    return this.treeRows(scope).evaluateAll((rows) => rows.map((r) => (r as HTMLElement).innerText.replace(/\s+/g, ' ').trim()));
  }

  // ── command palette and quick input ──────────────────────────────────────────────────────────────
  quickInput(): Locator {
    return this.page.locator('.quick-input-widget');
  }

  /**
   * Opens the command palette (F1) with `>text` typed into it. A key pressed while a focused widget (a settings
   * editor's button, a closing menu) takes it does nothing: then Ctrl+Shift+P, then F1 after focusing the side bar.
   * The palette can also close again on its own right after opening (focus moving to a view that just reloaded):
   * then it is opened again, so the text is only typed into a palette that stays open.
   */
  private async openPalette(text: string): Promise<void> {
    const input = this.quickInput().locator('.quick-input-box input');
    for (let attempt = 1; ; attempt++) {
      await this.page.keyboard.press('Escape');
      await this.page.keyboard.press(attempt % 3 === 2 ? 'Control+Shift+P' : 'F1');
      const last = attempt >= 5;
      const open = await input.waitFor({ state: 'visible', timeout: last ? timeouts.ui : 3_000 }).then(() => true, () => false);
      if (open) {
        const typed = await input.fill(`>${text}`, { timeout: last ? timeouts.ui : 3_000 }).then(() => true, () => false);
        if (typed && (await input.isVisible()) && (await input.inputValue().catch(() => '')) === `>${text}`) return;
      }
      if (last) throw new Error(`the command palette did not open and stay open for "${text}" (F1, Ctrl+Shift+P, 5 tries)`);
      // Focus a neutral spot: the side bar's title.
      await this.page.locator('.part.sidebar .composite.title').first().click().catch(() => undefined);
    }
  }

  /** F1, type the command's title, pick the row whose label matches it exactly, Enter. */
  async runCommand(title: string): Promise<void> {
    await this.openPalette(title);
    const row = this.commandRow(title);
    await expectVisible(row, timeouts.ui, `the command palette has no command "${title}"`);
    await row.click();
  }

  /**
   * Whether the command palette offers a command titled exactly `title` (the palette is closed again). Offered:
   * its row shows. Not offered: no such row within 2 s of typing; a negative check, as the palette filters while
   * it is typed into and has no "done" state to wait on.
   */
  async paletteHas(title: string): Promise<boolean> {
    await this.openPalette(title);
    const offered = await this.commandRow(title).waitFor({ state: 'visible', timeout: 2_000 }).then(() => true, () => false);
    await this.page.keyboard.press('Escape');
    return offered;
  }

  private commandRow(title: string): Locator {
    return this.quickInput()
      .locator('.monaco-list-row')
      .filter({ has: this.page.locator('.label-name', { hasText: new RegExp(`^${escapeRegExp(title)}$`) }) })
      .first();
  }

  /** Waits for an input box (showInputBox / QuickPick) whose prompt, title or placeholder mentions `text`. */
  async waitForInputBox(text: string | RegExp): Promise<Locator> {
    const widget = this.quickInput();
    const matches = (s: string) => (typeof text === 'string' ? s.includes(text) : text.test(s));
    const deadline = Date.now() + timeouts.ui;
    for (;;) {
      if (await widget.isVisible()) {
        const info = (await this.readQuickInput()).text;
        if (matches(info)) return widget.locator('.quick-input-box input');
        if (Date.now() > deadline) throw new Error(`expected an input box about ${text}, found one showing:\n${info}`);
      } else if (Date.now() > deadline) {
        throw new Error(`no input box about ${text} appeared`);
      }
      await this.page.waitForTimeout(100);
    }
  }

  /** Types into the open input box (replacing its value) and presses Enter. */
  async answerInputBox(prompt: string | RegExp, value: string): Promise<void> {
    const input = await this.waitForInputBox(prompt);
    await input.fill(value);
    for (let attempt = 1; ; attempt++) {
      await input.press('Enter');
      // VS Code asks the extension to check a typed value (validateInput) before it takes Enter, a short while
      // after the typing; an Enter in that moment is dropped now and then on a busy machine (seen in CI: the
      // token box stayed, filled). A person presses Enter again; so does this, at most twice.
      if (attempt === 3 || await this.inputBoxLeft(prompt, value, 3_000)) return;
    }
  }

  /** What the open quick input shows: title, message, placeholder and label as one text; its value; an error. */
  private readQuickInput(): Promise<{ text: string; value: string; error: boolean }> {
    // (No named functions inside page callbacks: tsx would wrap them in a __name helper the page lacks.)
    return this.quickInput().evaluate((w) => {
      const input = w.querySelector<HTMLInputElement>('.quick-input-box input');
      const text = ['.quick-input-title', '.quick-input-message']
        .map((sel) => (w.querySelector(sel) as HTMLElement | null)?.innerText ?? '')
        .concat([input?.placeholder ?? '', input?.getAttribute('aria-label') ?? ''])
        .join('\n');
      return { text, value: input?.value ?? '', error: !!w.querySelector('.quick-input-message .codicon-error, .monaco-inputbox.error') };
    });
  }

  /** Whether, within `timeoutMs`, the box about `prompt` holding `value` closed, changed, or said why not. */
  private async inputBoxLeft(prompt: string | RegExp, value: string, timeoutMs: number): Promise<boolean> {
    const widget = this.quickInput();
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const state = await this.readQuickInput().catch(() => undefined);
      if (!state || !(await widget.isVisible()) || state.error || state.value !== value) return true;
      const about = typeof prompt === 'string' ? state.text.includes(prompt) : prompt.test(state.text);
      if (!about) return true;
      await this.page.waitForTimeout(100);
    }
    return false;
  }

  // ── notifications ──────────────────────────────────────────────────────────────────────────────
  notifications(): Locator {
    return this.page.locator('.notifications-toasts .notification-toast');
  }

  async notificationTexts(): Promise<string[]> {
    return this.notifications().evaluateAll((els) => els.map((e) => (e as HTMLElement).innerText.replace(/\s+/g, ' ').trim()));
  }
}

/** Waits for `locator` to be visible, failing with `message` (plus the locator) instead of a bare timeout. */
export async function expectVisible(locator: Locator, timeout: number, message: string): Promise<void> {
  try {
    await locator.first().waitFor({ state: 'visible', timeout });
  } catch {
    throw new Error(`${message} (waited ${Math.round(timeout / 1000)}s for ${locator})`);
  }
}

export async function expectHidden(locator: Locator, timeout: number, message: string): Promise<void> {
  try {
    await locator.first().waitFor({ state: 'hidden', timeout });
  } catch {
    throw new Error(`${message} (waited ${Math.round(timeout / 1000)}s for ${locator} to go away)`);
  }
}

export function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60);
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function cssString(text: string): string {
  return text.replace(/["\\]/g, '\\$&');
}
