// Filtering a folder by text (GitLab's own search), clearing it from the view, and sorting members.
import * as assert from 'node:assert/strict';
import { demoToken } from '../harness/emulator';
import { flow } from '../harness/flow';
import { gitlab } from '../harness/gitlabView';
import { expectHidden, expectVisible, timeouts } from '../harness/workbench';

flow('filter, clear the filter, sort members', async (f) => {
  const view = gitlab(f);
  const members = () => view.rowAt('Acme', 'Platform', 'Infra', 'Members');

  await f.step('sign in and open infra members', async () => {
    await view.signIn(demoToken);
    await view.expandPath('Acme', 'Platform', 'Infra', 'Members');
    await expectVisible(view.row('Judy Jones'), timeouts.view, 'no Judy among infra members');
  });

  await f.step('filter by "ivan"', async () => {
    await view.inline(await members(), 'Filter…');
    await f.wb.answerInputBox(/GitLab matches the name, username or email/, 'ivan');
    await view.description(await members(), /^1 · matching "ivan"$/);
    await expectVisible(view.row('Ivan Ivanov'), timeouts.view, 'Ivan is not shown by the filter');
    await expectHidden(view.row('Judy Jones'), timeouts.ui, 'Judy does not match "ivan" but is still shown');
  });

  await f.step('clear the filter from the view', async () => {
    await view.inline(await members(), 'Clear Filter');
    await view.description(await members(), /^3$/);
    await expectVisible(view.row('Judy Jones'), timeouts.view, 'Judy is missing after clearing the filter');
  });

  await f.step('sort by role: highest first', async () => {
    await view.choose(await members(), 'Sort Members By…');
    await f.wb.answerInputBox(/Sort members of acme\/platform\/infra/, 'Role');
    await view.description(await members(), /^3 · by role$/);
    const texts = await f.wb.rowTexts(view.pane());
    const order = ['Ivan Ivanov', 'Judy Jones', '<img src=x onerror=alert(1)>'].map((name) => texts.findIndex((t) => t.startsWith(name)));
    assert.ok(order.every((i, n) => i >= 0 && (n === 0 || i > order[n - 1])), `not sorted by role: ${texts.join(' | ')}`);
  });
});
