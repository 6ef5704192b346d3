// Packaging from a fresh clone, as the README says: in a clean copy of the repository (the files git would
// check out, nothing built, no node_modules), `npm install && npm run package` builds the production bundles
// (vscode:prepublish) and packages a .vsix holding only what should ship; code-server installs that .vsix, and
// the installed extension signs in and shows the tree and the invite form.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cp, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { flow } from '../harness/flow';
import { codeServerBin, root } from '../harness/paths';
import { run } from '../harness/processes';
import { expectVisible, timeouts } from '../harness/workbench';
import { expectFormTarget, inviteForm, signInAsDemo } from './support/actions';

/** The files a clone has: tracked ones plus new ones git does not ignore (so uncommitted work is tested too). */
async function cleanCopy(): Promise<string> {
  const copy = await mkdtemp(join(tmpdir(), 'glm-clone-'));
  const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { cwd: root, encoding: 'utf8' })
    .split('\0').filter(Boolean);
  for (const file of files) await cp(join(root, file), join(copy, file), { force: true }).catch((err: NodeJS.ErrnoException) => {
    if (err.code !== 'ENOENT') throw err; // deleted in the working tree, not yet in git
  });
  return copy;
}

let installed: string[] = [];
let shipped: string[] = [];

flow('packaging from a fresh clone: npm install && npm run package, then the .vsix installed in code-server', async (f) => {
  await f.step('the packaged extension shipped only what it should', async () => {
    assert.ok(installed.some((d) => d.startsWith('gitlab-members.gitlab-members-')), `the .vsix was not installed: ${installed.join(', ')}`);
    for (const needed of ['package.json', 'dist/extension.js', 'dist/webview/form.js', 'media/icon.png', 'readme.md']) {
      assert.ok(shipped.includes(needed), `${needed} is not in the .vsix (it holds ${shipped.join(', ')})`);
    }
    const unwanted = shipped.filter((p) => /\.(ts|map)$|^(src|test|webview|scripts|node_modules)\//.test(p));
    assert.deepEqual(unwanted, [], 'sources, tests or maps in the .vsix');
  });

  await f.step('the installed extension signs in and shows the tree and the form', async () => {
    const view = await signInAsDemo(f);
    await view.row('Acme').first().click();
    await expectFormTarget(inviteForm(f.wb.page), 'acme');
    await view.expandPath('Acme', 'Members');
    await expectVisible(view.rows(/Carol Chen/), timeouts.view, 'the packaged extension does not list acme\'s members');
  });
}, {
  timeout: 900_000,
  install: async (extensionsDir) => {
    const copy = await cleanCopy();
    try {
      await run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline'], { cwd: copy, stdio: ['ignore', 'inherit', 'inherit'] });
      await run('npm', ['run', 'package'], { cwd: copy, stdio: ['ignore', 'inherit', 'inherit'] });
      const vsix = (await readdir(copy)).find((name) => name.endsWith('.vsix'));
      assert.ok(vsix, '`npm run package` made no .vsix');
      await run(codeServerBin, ['--extensions-dir', extensionsDir, '--install-extension', join(copy, vsix)], {
        stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, PATH: `${dirname(process.execPath)}:${process.env.PATH}` },
      });
      installed = await readdir(extensionsDir);
      // What code-server unpacked from the .vsix is what it shipped.
      const ours = installed.find((d) => d.startsWith('gitlab-members.gitlab-members-'));
      if (ours) shipped = (await readdir(join(extensionsDir, ours), { recursive: true, withFileTypes: true }))
        .filter((e) => e.isFile()).map((e) => join(e.parentPath ?? e.path, e.name).slice(join(extensionsDir, ours).length + 1));
    } finally {
      await rm(copy, { recursive: true, force: true });
    }
  },
});
