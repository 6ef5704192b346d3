// Bundles the in-host test extension (and the @vscode/test-electron entry) with esbuild.
import * as esbuild from 'esbuild';
import { copyFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { root } from '../harness/paths';

const here = join(root, 'test', 'host');
export const testExtensionFolderName = 'gitlab-members-tests.host-tests-0.0.0';

const common: esbuild.BuildOptions = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['vscode'],
  sourcemap: 'inline',
  logLevel: 'warning',
};

/** Writes the test extension to `<extensionsDir>/gitlab-members-tests.host-tests-0.0.0/`; returns that folder. */
export async function buildTestExtension(extensionsDir: string): Promise<string> {
  const target = join(extensionsDir, testExtensionFolderName);
  await mkdir(join(target, 'dist'), { recursive: true });
  await copyFile(join(here, 'extension', 'package.json'), join(target, 'package.json'));
  await esbuild.build({ ...common, entryPoints: [join(here, 'extension', 'main.ts')], outfile: join(target, 'dist', 'extension.js') });
  return target;
}

/** The module @vscode/test-electron loads as extensionTestsPath (exports run()). */
export async function buildElectronEntry(outDir: string): Promise<string> {
  const outfile = join(outDir, 'electron-entry.js');
  await esbuild.build({ ...common, entryPoints: [join(here, 'suite', 'electronEntry.ts')], outfile });
  return outfile;
}
