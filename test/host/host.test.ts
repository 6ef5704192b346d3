// Runs test/host/suite/ inside code-server's real extension host (the test extension is installed next to
// ours) and reports every in-host test as one node:test test.
import { test } from 'node:test';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { demoToken } from '../harness/emulator';
import { resultsDir } from '../harness/paths';
import { startSession } from '../harness/session';
import { expectVisible, timeouts } from '../harness/workbench';
import { buildTestExtension } from './build';
import type { HostTestResult } from './suite/runner';

interface ResultFile {
  vscodeVersion?: string;
  durationMs?: number;
  results?: HostTestResult[];
  error?: string;
}

test('in-host suites (code-server extension host)', { timeout: 240_000 }, async (t) => {
  const resultFile = join(resultsDir, 'host-results.json');
  await rm(resultFile, { force: true });
  const session = await startSession({
    name: 'host',
    addExtensions: async (extensionsDir) => void (await buildTestExtension(extensionsDir)),
    settings: (emulator) => ({
      'gitlabMembersTests.resultFile': resultFile,
      'gitlabMembersTests.emulatorUrl': emulator?.url ?? '',
      'gitlabMembersTests.token': demoToken,
    }),
  });
  let report: ResultFile;
  try {
    // The extension host starts when a window connects: open the workbench, then wait for the results.
    await session.wb.open();
    await expectVisible(session.wb.activityItem('GitLab Members'), timeouts.view, 'the GitLab Members activity-bar entry never appeared');
    report = await waitForJson(resultFile, 120_000);
    await session.wb.shot('after-host-tests');
  } catch (error) {
    await session.wb.shot('FAILED').catch(() => {});
    throw new Error(`${(error as Error).message}\ncode-server log tail:\n${session.codeServer.tail()}\nartifacts: ${session.artifactsDir}`);
  } finally {
    await session.stop();
  }
  if (report.error || !report.results) throw new Error(`the in-host runner crashed:\n${report.error}`);
  t.diagnostic(`VS Code ${report.vscodeVersion}, in-host suites took ${report.durationMs} ms`);
  for (const result of report.results) {
    await t.test(result.name, () => {
      if (result.status === 'fail') throw new Error(result.error);
    });
  }
});

async function waitForJson(file: string, timeoutMs: number): Promise<ResultFile> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const text = await readFile(file, 'utf8').catch(() => undefined);
    if (text) return JSON.parse(text) as ResultFile;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`no in-host results at ${file} after ${timeoutMs / 1000}s (did the test extension activate? see exthost.log)`);
}
