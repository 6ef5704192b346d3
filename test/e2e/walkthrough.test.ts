// "Get Started with GitLab Members": the walkthrough lists its four steps, its buttons run our commands, and
// each step ticks off on the real event: signed in from its own Sign In button, a Members folder opened, an
// invitation GitLab took, a Find Access search. (Opened from the palette: the test profile turns off VS Code's
// opening of walkthroughs on install.)
import * as assert from 'node:assert/strict';
import type { Locator } from 'playwright-core';
import { demoToken } from '../harness/emulator';
import { flow } from '../harness/flow';
import { gitlab } from '../harness/gitlabView';
import { expectVisible, timeouts } from '../harness/workbench';
import { expectFormTarget, inviteForm, pickInQuickInput } from './support/actions';

const TITLE = 'Get Started with GitLab Members';
const STEPS = ['Sign in to GitLab', 'Browse a group', 'Invite someone', 'Try Find Access'];

flow('the getting-started walkthrough ticks off sign-in, browse, invite and Find Access', async (f) => {
  const view = gitlab(f);
  const page = () => f.wb.page.locator('.gettingStartedContainer');
  const step = (title: string): Locator => page().locator('button.getting-started-step').filter({ hasText: title });
  const ticked = async (title: string) => {
    await expectVisible(step(title).and(f.wb.page.locator('[aria-checked="true"]')), timeouts.view, `"${title}" was not ticked off`);
  };
  const openWalkthrough = async () => {
    await f.wb.runCommand('Welcome: Open Walkthrough...');
    await pickInQuickInput(f, /walkthrough/i, TITLE);
    await expectVisible(page().getByText(TITLE), timeouts.view, 'the walkthrough did not open');
  };

  await f.step('the walkthrough shows four steps, none done', async () => {
    await f.wb.open();
    await view.open();
    await openWalkthrough();
    for (const title of STEPS) {
      await expectVisible(step(title), timeouts.ui, `no step "${title}"`);
      assert.equal(await step(title).first().getAttribute('aria-checked'), 'false', `"${title}" is done before anything happened`);
    }
    await view.readmeShot('walkthrough');
  });

  await f.step('its Sign In button signs in; the step ticks off', async () => {
    await step(STEPS[0]).first().click();
    await page().getByRole('button', { name: 'Sign In', exact: true }).click();
    await f.wb.answerInputBox(/GitLab instance URL/i, f.emulator!.url);
    await f.wb.answerInputBox(/token/i, demoToken);
    await ticked(STEPS[0]);
    assert.equal(await step(STEPS[1]).first().getAttribute('aria-checked'), 'false');
  });

  await f.step('opening a Members folder ticks "Browse a group"', async () => {
    await view.open();
    await view.expandPath('Acme', 'Members');
    await expectVisible(view.rows(/Carol Chen/), timeouts.view, 'acme\'s members are not listed');
    await ticked(STEPS[1]);
  });

  await f.step('an invitation GitLab takes ticks "Invite someone"', async () => {
    const form = inviteForm(f.wb.page);
    await view.row('Acme').first().click();
    await expectFormTarget(form, 'acme');
    await form.locator('#recipient-input').fill('walkthrough@example.com ');
    await form.locator('#send').click();
    await expectVisible(form.locator('.results-summary', { hasText: '1 invited' }), timeouts.view, 'no result in the form');
    await ticked(STEPS[2]);
  });

  await f.step('a Find Access search ticks the last step', async () => {
    await f.wb.runCommand('GitLab Members: Find a User\'s Access…');
    await f.wb.answerInputBox(/every group and project of @demo is searched/, 'carol');
    await ticked(STEPS[3]);
    await openWalkthrough();
    for (const title of STEPS) assert.equal(await step(title).first().getAttribute('aria-checked'), 'true', `"${title}" is not done`);
  });
});
