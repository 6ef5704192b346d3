// The same in-host suites under @vscode/test-electron, for a machine with a desktop VS Code or network.
// VSCODE_EXECUTABLE=/path/to/code uses that build (no network); otherwise test-electron downloads one.
// Not used in CI here (no Microsoft downloads on these machines): see test/host/host.test.ts for that.
import { runTests } from '@vscode/test-electron';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildExtension } from '../harness/build';
import { quietSettings } from '../harness/codeServer';
import { demoToken, startEmulator } from '../harness/emulator';
import { resultsDir, root } from '../harness/paths';
import { buildElectronEntry, buildTestExtension } from './build';

async function main(): Promise<void> {
  await buildExtension();
  const outDir = join(resultsDir, 'host-electron');
  await mkdir(outDir, { recursive: true });
  const testExtension = await buildTestExtension(join(outDir, 'extensions'));
  const entry = await buildElectronEntry(outDir);
  const emulator = await startEmulator({ seed: 'demo' });
  const profile = await mkdtemp(join(tmpdir(), 'glm-electron-'));
  // Same seeded settings as the code-server run: the suites check the instance URL the extension reads.
  await mkdir(join(profile, 'user-data', 'User'), { recursive: true });
  await mkdir(join(profile, 'workspace'), { recursive: true });
  await writeFile(
    join(profile, 'user-data', 'User', 'settings.json'),
    JSON.stringify({ ...quietSettings, 'gitlabMembers.instanceUrl': emulator.url }, null, 2),
  );
  try {
    await runTests({
      vscodeExecutablePath: process.env.VSCODE_EXECUTABLE || undefined,
      version: process.env.VSCODE_VERSION || '1.100.3',
      extensionDevelopmentPath: [root, testExtension],
      extensionTestsPath: entry,
      extensionTestsEnv: {
        GLM_EMULATOR_URL: emulator.url,
        GLM_EMULATOR_TOKEN: demoToken,
        GLM_RESULT_FILE: join(outDir, 'results.json'),
      },
      launchArgs: [
        '--disable-extensions',
        '--disable-workspace-trust',
        '--skip-welcome',
        '--skip-release-notes',
        `--user-data-dir=${join(profile, 'user-data')}`,
        `--extensions-dir=${join(profile, 'extensions')}`,
        join(profile, 'workspace'),
      ],
    });
  } finally {
    await emulator.close();
    await rm(profile, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
