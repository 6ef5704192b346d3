// Page helpers for the member-action flows (issue 5): signing in, the invite form's webview, quick picks,
// in-workbench modal dialogs and notifications.
import type { FrameLocator, Locator, Page } from 'playwright-core';
import { demoToken } from '../../harness/emulator';
import type { FlowContext } from '../../harness/flow';
import * as logs from '../../harness/extensionLog';
import { gitlab } from '../../harness/gitlabView';
import * as treeRows from '../../harness/treeRows';
import { escapeRegExp, expectHidden, expectVisible, timeouts } from '../../harness/workbench';

export const formName = 'Invite Members';

/**
 * Opens the workbench and signs in with the demo Owner's token; the tree shows Acme. `sideBarWidth: 'default'`
 * keeps the workbench's own width (460 px otherwise, for readable pictures).
 */
export async function signInAsDemo(f: FlowContext, token = demoToken, { sideBarWidth = 460 as number | 'default' } = {}): Promise<ReturnType<typeof gitlab>> {
  const view = gitlab(f);
  await view.signIn(token, { sideBarWidth });
  return view;
}

/** The invite form's document: the webview's outer iframe (ours, by extension id), then its active frame. */
export function inviteForm(page: Page): FrameLocator {
  return page.frameLocator('iframe.webview[src*="extensionId=gitlab-members.gitlab-members"]').frameLocator('#active-frame');
}

/** The form's side-bar pane (header with the name; the webview itself is overlaid on it). */
export function formPane(f: FlowContext): Locator {
  return f.wb.view(formName);
}

/** Waits until the form says it targets `fullPath`. */
export async function expectFormTarget(form: FrameLocator, fullPath: string): Promise<void> {
  await expectVisible(form.locator('#target-path', { hasText: new RegExp(`^${escapeRegExp(fullPath)}$`) }), timeouts.view,
    `the invite form never targeted ${fullPath}`);
}

/** Picks a role in the toolkit dropdown by its name, as a user does: open it, click the option. */
export async function chooseRole(form: FrameLocator, role: string): Promise<void> {
  await form.locator('#role').click();
  await form.locator('vscode-option', { hasText: new RegExp(`^\\s*${escapeRegExp(role)}\\s*$`) }).click();
}

/** A visible in-workbench modal dialog (showWarningMessage with modal: true) whose message matches. */
export function dialog(page: Page, message: RegExp): Locator {
  return page.locator('.monaco-dialog-box').filter({ hasText: message });
}

export async function clickDialogButton(page: Page, message: RegExp, button: string): Promise<string> {
  const box = dialog(page, message);
  await expectVisible(box, timeouts.ui, `no dialog saying ${message}`);
  const text = (await box.innerText()).replace(/\s+/g, ' ');
  await box.getByRole('button', { name: button, exact: true }).click();
  return text;
}

/** Waits for a notification toast whose text matches; returns its text. */
export async function expectNotification(f: FlowContext, text: RegExp, timeout = timeouts.view): Promise<string> {
  const toast = f.wb.notifications().filter({ hasText: text });
  await expectVisible(toast, timeout, `no notification matching ${text} (visible: ${(await f.wb.notificationTexts()).join(' | ')})`);
  return (await toast.first().innerText()).replace(/\s+/g, ' ').trim();
}

/** Picks a quick-pick row whose label matches, once the open quick input mentions `about`. */
export async function pickInQuickInput(f: FlowContext, about: string | RegExp, label: string | RegExp): Promise<void> {
  const input = await f.wb.waitForInputBox(about);
  const rows = f.wb.quickInput().locator('.monaco-list-row').filter({ hasText: label });
  await expectVisible(rows, timeouts.view, `the quick pick about ${about} has no row ${label}`);
  if (typeof label === 'string') await input.fill(label);
  await dismissHover(f);
  await rows.first().click();
}

/**
 * A hover left open where the pointer rested (a tree row's or the activity bar's tooltip) can lie over the quick
 * pick and take the click (seen in CI): move the pointer to the empty editor area and wait for it to close.
 */
async function dismissHover(f: FlowContext): Promise<void> {
  const hover = f.wb.page.locator('.context-view .hover-contents');
  if (!(await hover.first().isVisible().catch(() => false))) return;
  await f.wb.page.mouse.move(1000, 650);
  await expectHidden(hover, timeouts.ui, 'a hover stays open over the quick pick');
}

/** Right-clicks a row of our tree and runs the context-menu entry `title` (gitlabView.ts `choose`). */
export function runFromContextMenu(f: FlowContext, row: Locator, title: string): Promise<void> {
  return gitlab(f).choose(row, title);
}

/** Drags the boundary above the form's pane up by `px` (down when negative): room for the form, or for the tree. */
export async function growFormPane(f: FlowContext, px: number): Promise<void> {
  const header = formPane(f).locator('.pane-header');
  await expectVisible(header, timeouts.view, 'the Invite Members pane has no header');
  const box = await header.first().boundingBox();
  if (!box) throw new Error('the Invite Members pane header is not visible');
  const x = box.x + box.width / 2;
  await f.wb.page.mouse.move(x, box.y);
  await f.wb.page.mouse.down();
  await f.wb.page.mouse.move(x, box.y - px, { steps: 8 });
  await f.wb.page.mouse.up();
  await f.wb.page.mouse.move(900, 600);
}

/** The entries of a tree row's context menu (the menu is closed again with Escape; treeRows.ts). */
export function contextMenuEntries(_f: FlowContext, row: Locator): Promise<string[]> {
  return treeRows.contextMenuEntries(row);
}

/** F1 → "Notifications: Clear All Notifications" (before a README picture). */
export async function clearNotifications(f: FlowContext): Promise<void> {
  await f.wb.runCommand('Notifications: Clear All Notifications');
  await f.wb.notifications().first().waitFor({ state: 'hidden', timeout: timeouts.ui }).catch(() => undefined);
}

/** The "GitLab Members" log so far, and waiting on its lines (harness/extensionLog.ts). */
export async function extensionLog(f: FlowContext): Promise<string> {
  return logs.extensionLog(f);
}

export async function waitForExtensionLog(f: FlowContext, wanted: RegExp, what: string, timeout = timeouts.ui): Promise<string> {
  return logs.waitForExtensionLog(f, wanted, what, timeout);
}

/** F1 → "Preferences: Open User Settings", search for `key`, type `value` into its box, close the editor. */
export async function changeSettingInUi(f: FlowContext, key: string, value: string): Promise<void> {
  await f.wb.runCommand('Preferences: Open User Settings');
  const editor = f.wb.page.locator('.settings-editor');
  await expectVisible(editor, timeouts.ui, 'the Settings editor did not open');
  await editor.locator('.settings-header .suggest-input-container').click();
  await f.wb.page.keyboard.type(key);
  const input = editor.locator('.setting-item-contents').filter({ hasText: key.split('.').pop()!.replace(/([a-z])([A-Z])/g, '$1 $2') })
    .locator('input').first();
  await expectVisible(input, timeouts.ui, `the Settings editor shows no box for ${key}`);
  await input.fill(value);
  await input.press('Tab');
  // The editor writes settings.json after a short debounce: wait until it is there.
  const { readFile } = await import('node:fs/promises');
  const { join } = await import('node:path');
  const file = join(f.codeServer.userDataDir, 'User', 'settings.json');
  const written = () => readFile(file, 'utf8').then((t) => new RegExp(`"${escapeRegExp(key)}":\\s*${escapeRegExp(value)}\\b`).test(t), () => false);
  const deadline = Date.now() + timeouts.ui;
  while (!(await written())) {
    if (Date.now() > deadline) throw new Error(`the Settings editor did not write ${key}: ${value} to settings.json`);
    await f.wb.page.waitForTimeout(200);
  }
  await f.wb.runCommand('View: Close Editor');
}
