// After a whole session (sign in, browse, reload), the token is in VS Code's secret store only:
// nowhere in the settings, the global or workspace state, the logs, or any other file of the profile.
import * as assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { demoToken } from '../harness/emulator';
import { flow } from '../harness/flow';
import { gitlab } from '../harness/gitlabView';
import { expectVisible, timeouts } from '../harness/workbench';

/** Every file below `dir` whose bytes contain `needle` as UTF-8 or UTF-16. */
async function filesContaining(dir: string, needle: string): Promise<string[]> {
  const forms = [Buffer.from(needle, 'utf8'), Buffer.from(needle, 'utf16le')];
  const hits: string[] = [];
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => [])) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath ?? entry.path, entry.name);
    const bytes = await readFile(path).catch(() => Buffer.alloc(0));
    if (forms.some((form) => bytes.includes(form))) hits.push(path);
  }
  return hits;
}

flow('the token is nowhere but the secret store after a session', async (f) => {
  const view = gitlab(f);
  await f.step('sign in and browse', async () => {
    await f.wb.open();
    await view.open();
    await f.waitForActivation(0);
    await view.signInButton().click();
    await f.wb.answerInputBox(/GitLab instance URL/i, f.emulator!.url);
    await f.wb.answerInputBox(/token/i, demoToken);
    await view.expandPath('Acme', 'Platform', 'Infra', 'Members');
    await expectVisible(view.rows(/Ivan/), timeouts.view, 'members never showed');
  });

  await f.step('reload flushes state to disk', async () => {
    const before = await f.activations();
    await f.wb.reload();
    await view.open();
    await f.waitForActivation(before);
    await expectVisible(view.row('Acme'), timeouts.view, 'not signed in after reload');
    assert.ok((await view.storedTokenKeys()).length > 0, 'the token is not in the secret store');
  });

  await f.step('no file of the profile holds the token', async () => {
    await new Promise((r) => setTimeout(r, 1_500));
    const userData = f.codeServer.userDataDir;
    const logs = await filesContaining(join(userData, 'logs'), 'GET /api/v4');
    assert.ok(logs.length > 0, 'the request log was written (so the scan below reads real files)');
    // The profile and the workspace, not the installed extension: its README names the public demo token.
    const found = [...await filesContaining(userData, demoToken), ...await filesContaining(join(f.dir, 'workspace'), demoToken)];
    assert.deepEqual(found, [], 'files under the profile or the workspace contain the token');
  });
});
