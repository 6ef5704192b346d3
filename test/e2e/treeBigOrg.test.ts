// big-org's 12,500 members: the first page shows at once, "Load more…" adds the next, "Load all" fetches the
// rest with progress and Cancel (the tree virtualises rows, so the count is read from the folder's description;
// the in-host suite counts the rows themselves).
import * as assert from 'node:assert/strict';
import { demoToken } from '../harness/emulator';
import { flow } from '../harness/flow';
import { gitlab } from '../harness/gitlabView';
import { expectHidden, expectVisible, timeouts } from '../harness/workbench';

flow('big-org: load more, then load all 12,500 members', async (f) => {
  const view = gitlab(f);
  const members = () => view.row('Members');

  await f.step('sign in and open Big Org', async () => {
    await view.signIn(demoToken);
    await view.expandPath('Big Org');
    // GitLab gives no total above 10,000 rows.
    await view.description(members(), /^100 of 10,000\+$/);
  });

  await f.step('the first page, then "Load more…"', async () => {
    await view.expandPath('Big Org', 'Members');
    // Rows are virtualised: go to the last one (End) to reach "Load more…".
    await view.rows(/@user/).first().click();
    await f.wb.page.keyboard.press('End');
    await expectVisible(view.row('Load more…'), timeouts.view, 'no "Load more…" after the first page');
    await view.row('Load more…').first().click();
    await f.wb.page.keyboard.press('Home');
    await view.description(members(), /^200 of 10,000\+$/);
  });

  await f.step('Cancel on a slow "Load all" stops its requests within one round trip and keeps the rows', async () => {
    const latency = 400;
    f.emulator!.setLatency(latency);
    try {
      await view.inline(members(), 'Load All');
      const toast = f.wb.notifications().filter({ hasText: /Loading all members of big-org/ });
      await expectVisible(toast, timeouts.ui, 'no progress notification');
      // A few pages in (the first wave of Load All has been answered): then cancel.
      const startedAt = Date.now();
      await f.emulator!.whenLog((log) => log.filter((e) => e.startedAt >= startedAt && /\/members\?/.test(e.path) && e.status !== 0).length >= 2, timeouts.view, 'Load All paging');
      await toast.first().getByRole('button', { name: 'Cancel' }).click();
      const cancelledAt = Date.now();
      // Every request in flight at Cancel has ended (aborted or answered); then the tree says where it stopped.
      await f.emulator!.whenLog((log) => log.every((e) => e.startedAt > cancelledAt || e.endedAt !== 0), timeouts.view, 'the requests in flight at Cancel ending');
      await view.description(members(), /^200 of 10,000\+$/);
      // A negative check: no event says "nothing more will be sent", so give a paging loop that ignored Cancel
      // two round trips to show itself.
      await f.wb.page.waitForTimeout(latency * 2);
      const after = f.emulator!.log.filter((e) => e.startedAt > cancelledAt + 100);
      assert.deepEqual(after.map((e) => e.path), [], 'requests started after Cancel');
      const sent = f.emulator!.log.filter((e) => e.startedAt <= cancelledAt && /\/members\?/.test(e.path)).length;
      assert.ok(sent > 1, `Load all had not started paging when cancelled (${sent} member requests)`);
      await view.description(members(), /^200 of 10,000\+$/);
    } finally {
      f.emulator!.setLatency(0);
    }
  });

  await f.step('"Load all" under a rate limit: progress says GitLab makes it wait; 12,500 loaded', async () => {
    f.emulator!.setRateLimit({ limit: 60, windowMs: 2_000 });
    try {
      await view.inline(members(), 'Load All');
      await expectVisible(f.wb.notifications().filter({ hasText: /Loading all members of big-org/ }), timeouts.ui, 'no progress notification');
      await expectVisible(f.wb.notifications().filter({ hasText: /GitLab is rate limiting requests; retrying in \d+ s/ }), 30_000,
        'the progress never said that GitLab was rate limiting');
      await f.wb.shot('load-all-rate-limited');
      // The progress lasts until the tree has the rows: once it is gone, the folder already counts them all
      // (before, it ended seconds before the count changed). The short wait covers the workbench's own paint.
      await expectHidden(f.wb.notifications().filter({ hasText: /Loading all members of big-org/ }), 90_000, 'Load all never finished');
      await view.description(members(), /^12,500$/, 1_000);
    } finally {
      f.emulator!.setRateLimit(undefined);
    }
    await expectHidden(view.row('Load more…'), timeouts.ui, '"Load more…" is still offered after loading everything');
  });
}, { timeout: 240_000 });
