// Membership as code: a .gitlab-members.yml with a wrong role shows a line-precise problem; once fixed, "Plan"
// shows the difference with GitLab in a document that refuses typing, and "Apply" carries it out after one
// confirmation, its "Show Details" listing every change with its result.
import * as assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { flow } from '../harness/flow';
import { expectHidden, expectVisible, timeouts } from '../harness/workbench';
import { clearNotifications, clickDialogButton, expectNotification, signInAsDemo } from './support/actions';

const expires = new Date(Date.now() + 120 * 86_400_000).toISOString().slice(0, 10);
const file = (aliceRole: string) => `# Who should have access, reviewed like code.
groups:
  acme/platform:
    removeUnlisted: true
    members:
      - { username: heidi, role: maintainer }
      - { username: alice, role: ${aliceRole} }
    invitations:
      - { email: new.hire@example.com, role: reporter }
projects:
  acme/website:
    members:
      - { username: bob, role: maintainer }
      - { username: judy, role: reporter, expires: ${expires} }
`;

flow('membership as code: check, plan, apply', async (f) => {
  let view!: Awaited<ReturnType<typeof signInAsDemo>>;
  const path = join(f.dir, 'workspace', '.gitlab-members.yml');
  const problems = () => f.wb.page.locator('.markers-panel');
  const editorLines = () => f.wb.page.locator('.editor-instance .view-lines');

  await f.step('sign in; the workspace has a membership file with a wrong role', async () => {
    await writeFile(path, file('boss'));
    view = await signInAsDemo(f);
  });

  await f.step('opening it puts a line-precise problem in the Problems panel', async () => {
    await f.wb.page.keyboard.press('Control+P');
    const input = await f.wb.waitForInputBox(/Search files by name/);
    await input.fill('.gitlab-members.yml');
    const result = f.wb.quickInput().locator('.monaco-list-row', { hasText: '.gitlab-members.yml' });
    await expectVisible(result, timeouts.view, 'Quick Open does not find the file');
    await result.first().click();
    await expectVisible(editorLines().filter({ hasText: /removeUnlisted/ }), timeouts.view, 'the file did not open');
    await f.wb.page.keyboard.press('Control+Shift+M');
    const problem = problems().locator('.monaco-list-row', { hasText: /unknown role "boss": use minimal access, guest, planner, reporter, developer, maintainer, owner/ });
    await expectVisible(problem, timeouts.view, 'no problem for the wrong role');
    assert.match((await problem.first().innerText()).replace(/\s+/g, ' '), /\[Ln 7, Col 34\]/);
    await clearNotifications(f);
    await f.wb.page.mouse.move(900, 300);
    await view.readmeShot('as-code-problems');
  });

  await f.step('fixed on disk: the problem goes away', async () => {
    await writeFile(path, file('maintainer'));
    await expectHidden(problems().locator('.monaco-list-row', { hasText: /unknown role/ }), timeouts.view, 'the problem stayed after the fix');
  });

  await f.step('Plan Membership File: the difference, read-only', async () => {
    await f.wb.runCommand('GitLab Members: Plan Membership File');
    const plan = editorLines().filter({ hasText: /Plan\sfor\s\.gitlab-members\.yml\son\s@demo/ });
    await expectVisible(plan, timeouts.view, 'no plan document');
    const text = (await plan.first().innerText()).replace(/\s+/g, ' ');
    assert.match(text, /3 to add or invite · 1 to change · 1 to remove/);
    assert.match(text, /\+ add @alice Maintainer, no expiry/);
    assert.match(text, /\+ invite new\.hire@example\.com Reporter, no expiry/);
    assert.match(text, /- remove @dave Developer/);
    assert.match(text, /~ change @bob Developer, no expiry → Maintainer, no expiry/);
    assert.match(text, new RegExp(`\\+ add @judy Reporter, expires ${expires}`));
    assert.match(text, /! warning no pending invitation for new\.hire@example\.com: if one was accepted, that person may be among the removals above/);
    await clearNotifications(f);
    await f.wb.runCommand('View: Hide Panel');
    await f.wb.runCommand('View: Toggle Primary Side Bar Visibility');
    await f.wb.page.mouse.move(900, 700);
    await view.readmeShot('as-code-plan');
    await f.wb.runCommand('View: Toggle Primary Side Bar Visibility');
    const dave = f.emulator!.state.members('acme/platform').some((m) => m.username === 'dave');
    assert.ok(dave, 'planning changed GitLab');
  });

  await f.step('the plan cannot be edited: typing into it changes nothing', async () => {
    const plan = editorLines().filter({ hasText: /Plan\sfor\s\.gitlab-members\.yml/ });
    const before = await plan.first().innerText();
    await plan.first().locator('.view-line').nth(3).click();
    await f.wb.page.keyboard.type('tampered ');
    await f.wb.page.keyboard.press('Enter');
    await expectVisible(f.wb.page.locator('.monaco-editor-overlaymessage', { hasText: /Cannot edit in read-only editor/ }), timeouts.ui,
      'VS Code did not say the plan is read-only');
    assert.equal(await plan.first().innerText(), before, 'the plan document changed');
    const tab = f.wb.page.locator('.tabs-container .tab.active');
    assert.doesNotMatch((await tab.getAttribute('class')) ?? '', /\bdirty\b/, 'the plan tab is marked as modified');
  });

  await f.step('Apply Membership File…: one confirmation, then every change', async () => {
    await f.wb.runCommand('GitLab Members: Apply Membership File…');
    const detail = await clickDialogButton(f.wb.page, /Apply \.gitlab-members\.yml to @demo on 127\.0\.0\.1:\d+\?/, 'Apply 5 Changes');
    assert.match(detail, /3 to add or invite, 1 to change, 1 to remove/);
    assert.match(detail, /remove @dave from group acme\/platform/);
    assert.match(detail, /new\.hire@example\.com has no pending invitation: if one was accepted, that person may be removed above/);
    await expectNotification(f, /Applied 5 changes\./);
    const state = f.emulator!.state;
    const platform = state.members('acme/platform').map((m) => `${m.username}:${m.accessLevel}`).sort();
    assert.deepEqual(platform, ['alice:40', 'heidi:40']);
    assert.ok(state.invitations('acme/platform').some((i) => i.email === 'new.hire@example.com' && i.accessLevel === 20));
    const website = state.members('acme/website').map((m) => `${m.username}:${m.accessLevel}:${m.expiresAt}`).sort();
    assert.deepEqual(website, ['bob:40:null', `judy:20:${expires}`]);
  });

  await f.step('Show Details: one line per change with its result', async () => {
    const toast = f.wb.notifications().filter({ hasText: /Applied 5 changes\./ });
    await toast.first().getByRole('button', { name: 'Show Details' }).click();
    const report = editorLines().filter({ hasText: /Apply\s\.gitlab-members\.yml:\s5\sdone/ });
    await expectVisible(report, timeouts.view, 'no per-change report');
    const lines = (await report.first().locator('.view-line').allInnerTexts()).map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean);
    assert.deepEqual([...lines].sort(), [
      'Apply .gitlab-members.yml: 5 done',
      '✓ add @alice to group acme/platform (Maintainer, no expiry)',
      `✓ add @judy to project acme/website (Reporter, expires ${expires})`,
      '✓ change @bob in project acme/website (Developer, no expiry → Maintainer, no expiry)',
      '✓ invite new.hire@example.com to group acme/platform (Reporter, no expiry)',
      '✓ remove @dave from group acme/platform (Developer)',
    ].sort(), lines.join('\n'));
  });
});
