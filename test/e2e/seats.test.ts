// Seats (issue 14, item 1): acme's Owner opens "Seats": everyone billed anywhere in acme's hierarchy, least
// active first (Bob, 200 days idle, on top and marked), with the count. Ivan's seat opens to his memberships in
// two places. "Remove from Group, Subgroups and Projects…" on his row lists what goes, GitLab schedules it and
// removes in the background (the emulator's worker, as GitLab's, runs a moment later): the command waits,
// reports per membership, and the tree shows him gone.
import * as assert from 'node:assert/strict';
import { flow } from '../harness/flow';
import { expectHidden, expectVisible, timeouts } from '../harness/workbench';
import { clickDialogButton, expectNotification, runFromContextMenu, signInAsDemo } from './support/actions';

flow('seats: least active first, and a removal from the whole hierarchy', async (f) => {
  let view!: Awaited<ReturnType<typeof signInAsDemo>>;
  const state = () => f.emulator!.state;

  await f.step('acme\'s Seats: 13 billed, least active first', async () => {
    view = await signInAsDemo(f);
    await view.expandPath('Acme', 'Seats');
    await view.description(view.row('Seats'), /^13 · least active first$/);
    const texts = (await view.rows().allInnerTexts()).map((t) => t.replace(/\s+/g, ' '));
    const at = (name: string) => texts.findIndex((t) => t.startsWith(name));
    assert.ok(at('Bob Brown') >= 0 && at('Bob Brown') < at('Ivan Ivanov') && at('Ivan Ivanov') < at('Dave Diaz'), texts.join(' | '));
    assert.match(await view.rowText(view.row('Bob Brown')), /@bob · active 200 days ago/);
    assert.match(await view.tooltip(view.row('Bob Brown')), /Takes a seat as[\s\S]*member of a group in the hierarchy/);
    await view.readmeShot('seats');
  });

  await f.step('Ivan\'s seat opens to where he is a member', async () => {
    await view.expandPath('Acme', 'Seats', 'Ivan Ivanov');
    await expectVisible(view.rows(/Acme \/ Platform \/ Infra\s*Developer/), timeouts.view, 'his Infra membership is not listed');
    await expectVisible(view.rows(/Acme \/ Platform \/ API\s*Maintainer/), timeouts.view, 'his API membership is not listed');
  });

  await f.step('Remove from Group, Subgroups and Projects… : confirmed with what goes, then gone everywhere', async () => {
    await runFromContextMenu(f, view.row('Ivan Ivanov'), 'Remove from Group, Subgroups and Projects…');
    const text = await clickDialogButton(f.wb.page, /Remove Ivan Ivanov \(@ivan\) from acme, its subgroups and projects\?/, 'Remove');
    assert.match(text, /What goes \(2\):.*Acme \/ Platform \/ Infra \(Developer\).*Acme \/ Platform \/ API \(Maintainer\)/);
    assert.match(text, /GitLab removes them in the background/);
    await expectNotification(f, /Removed Ivan Ivanov \(@ivan\) from 2 memberships\./, timeouts.ui);
    for (const place of ['acme/platform/infra', 'acme/platform/api']) {
      assert.ok(!state().members(place).some((m) => m.username === 'ivan'), `ivan is still in ${place}`);
    }
    await expectHidden(view.row('Ivan Ivanov'), timeouts.view, 'the tree still shows his seat');
    await view.description(view.row('Seats'), /^12 · least active first$/);
  });
});
