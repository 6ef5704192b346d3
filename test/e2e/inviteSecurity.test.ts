// The form's webview is locked down: CSP default-src 'none' with a script nonce, only its own files (dist/webview/)
// loadable, GitLab's text shown as text (a user named like an <img> tag), markup in pasted display names dropped
// for the addresses, an injected inline script blocked and reported to the log, and no token anywhere in the page.
import * as assert from 'node:assert/strict';
import { demoToken } from '../harness/emulator';
import { flow } from '../harness/flow';
import { expectVisible, timeouts } from '../harness/workbench';
import { expectFormTarget, waitForExtensionLog, inviteForm, signInAsDemo } from './support/actions';

const HOSTILE = '<img src=x onerror=alert(1)>';
const SCRIPT = '<script>alert(1)</script>';

flow('the invite form\'s webview is locked down', async (f) => {
  const form = inviteForm(f.wb.page);

  await f.step('the policy: nothing by default, the script by nonce, no inline styles or scripts', async () => {
    const view = await signInAsDemo(f);
    await view.row('Acme').first().click();
    await expectFormTarget(form, 'acme');
    const csp = (await form.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')) ?? '';
    assert.match(csp, /^default-src 'none'; script-src 'nonce-[A-Za-z0-9]+';/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
    const loaded = await form.locator('body').evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
    assert.ok(loaded.length >= 2, 'the bundle and its styles were not loaded');
    for (const url of loaded) assert.match(url, /\/dist\/webview\/form\.(js|css)(\?|$)/, `the form loaded ${url}`);
  });

  await f.step('files outside dist/webview/ cannot be loaded, even where the policy would allow them', async () => {
    // The activity-bar icon: an image the policy allows (img-src is the extension's origin), outside the roots.
    // (No named functions in the page: the test's compiler would wrap them in a helper the page does not have.)
    const loads = await form.locator('body').evaluate(async () => {
      const css = performance.getEntriesByType('resource').map((e) => e.name).find((u) => /\/dist\/webview\/form\.css/.test(u)) ?? '';
      const img = document.createElement('img');
      const icon = await new Promise<string>((resolve) => {
        img.onload = () => resolve('loaded');
        img.onerror = () => resolve('refused');
        img.src = css.replace(/dist\/webview\/form\.css.*$/, 'media/activity-bar.svg');
        setTimeout(() => resolve('timeout'), 5_000);
      });
      img.remove();
      return { css, icon };
    });
    assert.ok(loads.css, 'the stylesheet\'s URL was not found');
    assert.equal(loads.icon, 'refused', `the webview loaded media/activity-bar.svg from ${loads.css}`);
  });

  await f.step('a user whose name is HTML is suggested and added as text', async () => {
    await form.locator('#recipient-input').pressSequentially('xss');
    await expectVisible(form.locator('[role="option"]', { hasText: HOSTILE }), timeouts.view, 'the hostile name is not shown literally');
    await form.locator('#recipient-input').press('Enter');
    await expectVisible(form.locator('.chip', { hasText: `${HOSTILE} (@xss)` }), timeouts.ui, 'the chip does not show the name literally');
    assert.equal(await form.locator('img').count(), 0, 'a GitLab name became an element');
    assert.deepEqual(f.dialogs, [], 'a dialog opened');
  });

  await f.step('markup in pasted display names: parsed to the addresses, nothing runs', async () => {
    const pasted = `"${SCRIPT}" <x@example.com>\n"${HOSTILE.replace('alert(1)', 'alert(2)')}" <y@example.com>`;
    await form.locator('#recipient-input').evaluate((el, text) => {
      const data = new DataTransfer();
      data.setData('text/plain', text);
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, pasted);
    await expectVisible(form.locator('.chip', { hasText: 'y@example.com' }), timeouts.ui, 'the pasted addresses did not become chips');
    const labels = (await form.locator('.chip .chip-label').allInnerTexts()).map((t) => t.trim());
    assert.deepEqual(labels, [`${HOSTILE} (@xss)`, 'x@example.com', 'y@example.com'], 'the display names were not dropped for their addresses');
    assert.equal(await form.locator('.chip-invalid').count(), 0, 'part of a display name became an invalid chip');
    assert.equal(await form.locator('#recipient-input').inputValue(), '');
    await f.wb.page.waitForTimeout(500); // time for an alert() to fire, were there one
    // VS Code's own inline script (acquireVsCodeApi) is the only one the page starts with, besides the inert
    // strings the extension writes into it (type application/json never runs).
    const made = await form.locator('html').evaluate(() => [...document.querySelectorAll('script:not([src]):not(#_vscodeApiScript):not(#l10n-bundle[type="application/json"]), img, [onerror]')]
      .map((e) => e.outerHTML.slice(0, 200)).join(' | '));
    assert.equal(made, '', 'the pasted markup became elements');
    assert.deepEqual(f.dialogs, [], 'a dialog opened');
  });

  await f.step('an injected inline script does not run, and the violation reaches the log', async () => {
    const ran = await form.locator('body').evaluate(() => new Promise<boolean>((resolve) => {
      const script = document.createElement('script');
      script.textContent = 'document.body.dataset.pwned = "yes"';
      document.body.append(script);
      setTimeout(() => resolve(document.body.dataset.pwned === 'yes'), 200);
    }));
    assert.equal(ran, false, 'an inline script ran in the webview');
    const log = await waitForExtensionLog(f, /invite form: CSP blocked script-src/, 'the CSP violation was not reported');
    assert.doesNotMatch(log, /CSP blocked style-src/, 'the toolkit\'s styles were blocked');
  });

  await f.step('no token in the page', async () => {
    const html = await form.locator('html').evaluate((el) => el.outerHTML);
    assert.ok(!html.includes(demoToken) && !/glpat-/.test(html), 'the token is in the webview');
  });
});
