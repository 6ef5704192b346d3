// VS Code for the Web (issue 15): the extension installed web-only (its `browser` bundle, no `main`) runs in
// code-server's web worker extension host. Its requests then leave a browser page for another origin, so the
// browser enforces GitLab's CORS rules against the emulator (test/emulator/cors.ts, from GitLab's
// config/application.rb): preflights, and no Retry-After or RateLimit-* readable on a 429. The main flows:
// sign in, Load All under a rate limit, invite with per-recipient results, edit, remove, Find Access, a plan.
import * as assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { flow } from '../harness/flow';
import { expectHidden, expectVisible, timeouts } from '../harness/workbench';
import {
  clearNotifications, clickDialogButton, expectFormTarget, expectNotification, growFormPane, inviteForm, pickInQuickInput,
  runFromContextMenu, signInAsDemo, waitForExtensionLog,
} from './support/actions';

const MAINTAINER = 40;
const expiry = new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10);

flow('VS Code for the Web: the main flows in the web worker host, across origins', async (f) => {
  let view!: Awaited<ReturnType<typeof signInAsDemo>>;
  const state = () => f.emulator!.state;
  const editorLines = () => f.wb.page.locator('.editor-instance .view-lines');

  await f.step('sign in: the tree shows Acme', async () => {
    view = await signInAsDemo(f);
  });

  await f.step('it runs in the web worker host, and every request came from the browser page', async () => {
    const logs = await f.logs();
    const activated = (pattern: RegExp) => logs.filter((l) => pattern.test(l.path) && l.text.includes('_doActivateExtension gitlab-members.gitlab-members,'));
    assert.equal(activated(/\/webWorker\/workerexthost\.log$/).length, 1, "the web worker host's log does not show our activation");
    assert.equal(activated(/remoteexthost\.log$/).length, 0, 'the Node extension host activated us too');
    await waitForExtensionLog(f, /Signed in to 127\.0\.0\.1:\d+ as @demo/, 'our log (in the browser) has no sign-in line');
    const api = f.emulator!.log.filter((e) => e.path.startsWith('/api/'));
    assert.deepEqual(api.filter((e) => !e.origin).map((e) => `${e.method} ${e.path}`), [], 'requests without an Origin header (not from a browser)');
    assert.ok(api.some((e) => e.method === 'OPTIONS' && e.status === 200), 'the browser sent no CORS preflight');
  });

  await f.step('Big Org › Members: Load All under a rate limit backs off (the 429s say nothing readable) and loads 12,500', async () => {
    await view.expandPath('Big Org', 'Members');
    f.emulator!.setRateLimit({ limit: 40, windowMs: 1_000 });
    try {
      await view.inline(view.row('Members'), 'Load All');
      const progress = f.wb.notifications().filter({ hasText: /Loading all members of big-org/ });
      await expectVisible(progress, timeouts.ui, 'no progress notification');
      await expectHidden(progress, 120_000, 'Load all never finished');
      await view.description(view.row('Members'), /^12,500$/, 1_000);
      await waitForExtensionLog(f, / 429 \d+ms retry in \d+ms \(no Retry-After or RateLimit-Reset readable \(a browser cannot read them from GitLab across origins\): backing off\)/,
        'no 429 logged with the reason for backing off');
    } finally {
      f.emulator!.setRateLimit(undefined);
    }
    await view.collapseAll();
  });

  await f.step('invite two addresses to acme: one already invited is reviewed, then each gets its result', async () => {
    const form = inviteForm(f.wb.page);
    await runFromContextMenu(f, view.row('Acme'), 'Invite Members…');
    await expectFormTarget(form, 'acme');
    await growFormPane(f, 40);
    await form.locator('#recipient-input').fill('dev+test@example.com, web.hire@example.com,');
    await expectVisible(form.locator('.chip', { hasText: 'web.hire@example.com' }), timeouts.ui, 'the addresses did not become chips');
    await form.locator('#send').click();
    await expectVisible(form.locator('.review-item', { hasText: 'dev+test@example.com: Invited here as Developer' }), timeouts.view, 'no review of the address already invited');
    await form.locator('#send').click();
    await expectVisible(form.locator('.results-summary', { hasText: '1 invited, 1 left out, 0 failed' }), timeouts.view, 'no per-recipient results');
    assert.ok(state().invitations('acme').some((i) => i.email === 'web.hire@example.com'), 'GitLab has no invitation for web.hire');
    await clearNotifications(f);
  });

  await f.step("edit Bob's role and expiry from his row", async () => {
    await view.expandPath('Acme', 'Members');
    await runFromContextMenu(f, view.rows(/Bob Brown/), 'Edit Role and Expiry…');
    await pickInQuickInput(f, /role of Bob Brown \(@bob\) in acme/, 'Maintainer');
    await f.wb.answerInputBox(/access expiry of Bob/, expiry);
    await expectNotification(f, /Bob Brown \(@bob\) is now Maintainer, access expires .* in acme/);
    const bob = state().members('acme').find((m) => m.username === 'bob');
    assert.deepEqual([bob?.accessLevel, bob?.expiresAt?.slice(0, 10)], [MAINTAINER, expiry]);
  });

  await f.step('remove Carol from acme after the confirmation that names her and the group', async () => {
    await runFromContextMenu(f, view.rows(/Carol Chen/), 'Remove Member…');
    await clickDialogButton(f.wb.page, /Remove Carol Chen \(@carol\) from the group acme\?/, 'Remove');
    await expectNotification(f, /Removed Carol Chen \(@carol\) from acme/);
    assert.ok(!state().members('acme').some((m) => m.username === 'carol'), 'Carol is still a member of acme');
    await expectHidden(view.rows(/Carol Chen/), timeouts.view, 'the tree still shows Carol');
    await clearNotifications(f);
  });

  await f.step("Find a User's Access: Judy, everywhere she has access", async () => {
    await f.wb.runCommand('GitLab Members: Find a User\'s Access…');
    await f.wb.answerInputBox(/every group and project of @demo is searched/, 'judy');
    const pane = f.wb.view('Find Access');
    await expectVisible(f.wb.treeRows(pane, /Judy/), timeouts.view, 'Judy is not in the results');
    await expectVisible(pane.locator('.message').filter({ hasText: /One person matches "judy" \(\d+ groups and projects searched\)/ }), timeouts.ui, 'no summary line');
  });

  await f.step('Plan Membership File: the workspace file, read through VS Code, planned against GitLab', async () => {
    await writeFile(join(f.dir, 'workspace', '.gitlab-members.yml'), 'groups:\n  acme/platform:\n    members:\n      - { username: alice, role: maintainer }\n');
    await f.wb.runCommand('GitLab Members: Plan Membership File');
    const plan = editorLines().filter({ hasText: /Plan\sfor\s\.gitlab-members\.yml\son\s@demo/ });
    await expectVisible(plan, timeouts.view, 'no plan document');
    assert.match((await plan.first().innerText()).replace(/\s+/g, ' '), /\+ add @alice Maintainer, no expiry/);
  });
}, { host: 'web', timeout: 300_000 });
