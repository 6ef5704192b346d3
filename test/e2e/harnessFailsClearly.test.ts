// The harness itself: a view that never appears must fail fast with a clear message and a screenshot,
// not hang or pass. (Guards every other flow against false greens.)
import * as assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { flow } from '../harness/flow';

flow('a missing view fails with a clear message and a screenshot', async (f) => {
  await f.step('workbench loads', () => f.wb.open());
  const error = await f.step('missing view container', async () => {
    try {
      await f.wb.openViewContainer('No Such Container', 3_000);
    } catch (e) {
      return e as Error;
    }
    throw new Error('opening a view container that does not exist did not fail');
  });
  assert.match(error.message, /the activity bar never showed "No Such Container"/);
  assert.match(error.message, /waited 3s/);

  // What a failing step leaves behind: a FAILED screenshot.
  await assert.rejects(f.step('deliberately failing step', () => Promise.reject(new Error('boom'))), /boom/);
  const shot = `${f.wb.screenshotDir}/03-failed-deliberately-failing-step.png`;
  assert.ok(existsSync(shot), `no failure screenshot at ${shot}`);
}, { emulator: false, instanceUrl: 'http://127.0.0.1:9' });
