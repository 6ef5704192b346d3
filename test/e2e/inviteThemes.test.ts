// The invite form in dark, light and high-contrast themes: it follows the theme (VS Code's CSS variables only)
// and its text stays readable (contrast measured from the computed styles), including marked addresses.
import * as assert from 'node:assert/strict';
import { flow } from '../harness/flow';
import { expectVisible, timeouts } from '../harness/workbench';
import { expectFormTarget, inviteForm, signInAsDemo } from './support/actions';
import { measureContrast } from './support/contrast';

/** As the theme picker of VS Code 1.100 labels them. */
const THEMES = [
  { name: 'Dark Modern', bodyClass: 'vscode-dark' },
  { name: 'Light Modern', bodyClass: 'vscode-light' },
  { name: 'Dark High Contrast', bodyClass: 'vscode-high-contrast' },
  { name: 'Light High Contrast', bodyClass: 'vscode-high-contrast-light' },
];

const TEXT = {
  label: 'label[for="recipient-input"]',
  input: '#recipient-input',
  help: '#recipients-help',
  chip: '.chip:not(.chip-invalid) .chip-label',
  'invalid chip': '.chip-invalid .chip-label',
  'invalid note': '.chip-invalid .chip-note',
  'target path': '#target-path',
};

flow('the form in dark, light and high-contrast themes', async (f) => {
  const form = inviteForm(f.wb.page);

  await f.step('a form with a valid and an invalid address', async () => {
    const view = await signInAsDemo(f);
    await view.row('Acme').first().click();
    await expectFormTarget(form, 'acme');
    await form.locator('#recipient-input').fill('ok@example.com, not-an-email ');
    await form.locator('#recipient-input').fill('typed text');
    await expectVisible(form.locator('.chip-invalid'), timeouts.ui, 'no invalid chip');
  });

  for (const theme of THEMES) {
    await f.step(`${theme.name}: readable text`, async () => {
      if (theme.name !== THEMES[0].name) {
        await f.wb.runCommand('Preferences: Color Theme');
        const input = await f.wb.waitForInputBox(/theme/i);
        await input.fill(theme.name);
        const label = f.wb.page.locator('.label-name', { hasText: new RegExp(`^\\s*${theme.name}\\s*$`) });
        await f.wb.quickInput().locator('.monaco-list-row').filter({ has: label }).first().click();
      }
      await expectVisible(form.locator(`body.${theme.bodyClass}`), timeouts.view, `the form did not switch to ${theme.name}`);
      // The new colours are in; let the form's own transitions (finite ones) finish before measuring.
      await form.locator('body').evaluate(() => Promise.all(document.getAnimations()
        .filter((a) => a.effect?.getTiming().iterations !== Infinity).map((a) => a.finished.catch(() => undefined))));
      const samples = await measureContrast(form, TEXT);
      console.log(`${theme.name}: ${samples.map((s) => `${s.what} ${s.ratio}`).join(', ')}`);
      const poor = samples.filter((s) => s.ratio < 4.5);
      assert.deepEqual(poor, [], `text below 4.5:1 in ${theme.name}`);
    });
  }
});
