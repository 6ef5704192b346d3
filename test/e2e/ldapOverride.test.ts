// LDAP override (issue 14, item 3): acme/design is synced with LDAP (self-managed EE Premium+), Erin's role
// comes from it. Her row says so and offers no Edit or Remove (GitLab refuses both: ee/app/policies/ee/
// group_member_policy.rb), only "Override LDAP Role…": Maintainer is set over LDAP (POST …/override, then the
// role). "Revert to LDAP Role…" hands it back (DELETE …/override), confirmed: the role stays until the next sync.
import * as assert from 'node:assert/strict';
import { flow } from '../harness/flow';
import { expectVisible, timeouts } from '../harness/workbench';
import { clickDialogButton, expectNotification, pickInQuickInput, runFromContextMenu, signInAsDemo } from './support/actions';

const MAINTAINER = 40;

flow('LDAP override: Erin\'s LDAP role overridden, then handed back', async (f) => {
  let view!: Awaited<ReturnType<typeof signInAsDemo>>;
  const erin = () => f.emulator!.state.directMember(f.emulator!.state.source('acme/design'), f.emulator!.state.userByUsername('erin')!.id)!;

  await f.step('an LDAP member says so, and offers only the override', async () => {
    f.emulator!.state.syncWithLdap('acme/design', ['erin']);
    view = await signInAsDemo(f);
    await view.expandPath('Acme', 'Design', 'Members');
    const row = await view.rowAt('Acme', 'Design', 'Members', 'Erin Evans');
    assert.match(await view.rowText(row), /Developer · .*LDAP/);
    const menu = await view.contextMenu(row);
    assert.ok(menu.includes('Override LDAP Role…'), menu.join(', '));
    assert.deepEqual(menu.filter((m) => /^(Edit Role and Expiry|Remove Member)/.test(m)), [], 'GitLab refuses both for an LDAP member');
  });

  await f.step('Override LDAP Role…: Maintainer, over LDAP', async () => {
    await runFromContextMenu(f, await view.rowAt('Acme', 'Design', 'Members', 'Erin Evans'), 'Override LDAP Role…');
    await pickInQuickInput(f, /Override LDAP Role: role of Erin Evans \(@erin\) in acme\/design \(LDAP gives Developer\)/, 'Maintainer');
    await expectNotification(f, /Erin Evans \(@erin\) is Maintainer in acme\/design, overriding LDAP/);
    assert.deepEqual([erin().override, erin().accessLevel], [true, MAINTAINER]);
    await expectVisible(view.rows(/Erin Evans.*Maintainer.*LDAP, overridden/), timeouts.view, 'her row does not say overridden');
  });

  await f.step('Revert to LDAP Role…: confirmed, handed back to sync', async () => {
    await runFromContextMenu(f, await view.rowAt('Acme', 'Design', 'Members', 'Erin Evans'), 'Revert to LDAP Role…');
    const text = await clickDialogButton(f.wb.page, /Hand the role of Erin Evans \(@erin\) in the group acme\/design back to LDAP\?/, 'Revert');
    assert.match(text, /They stay Maintainer until the next LDAP sync/);
    await expectNotification(f, /The role of Erin Evans \(@erin\) in acme\/design is LDAP's again/);
    assert.deepEqual([erin().override, erin().accessLevel], [false, MAINTAINER], 'the role stays until the next sync');
  });
});
