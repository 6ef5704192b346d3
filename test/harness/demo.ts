// `npm start`: the extension in a real VS Code (code-server) in your browser, against the GitLab emulator.
//   npm start                                     emulator with demo data + workbench on :8080
//   npm start -- --port 9000                      another workbench port
//   npm start -- --gitlab https://gitlab.example.com   no emulator; that instance in the settings
// Ctrl+C stops everything it started.
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildExtension, ensureTools, installExtension } from './build';
import { startCodeServer } from './codeServer';
import { demoReadToken, demoToken, startEmulator, type Emulator } from './emulator';
import { isPortFree, freePort } from './ports';
import { removeOnExit, stopAll } from './processes';
import { sessionSettings } from './session';
import { normalizeInstanceUrl } from '../../src/gitlab/instanceUrl';

const usage = `usage: npm start -- [--port 8080] [--gitlab https://gitlab.example.com] [--emulator-port 8929]`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      gitlab: { type: 'string' },
      'emulator-port': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return console.log(usage);
  // The extension's own rules (https, or http on this computer only), so it is refused here and not at sign-in.
  let gitlab: string | undefined;
  try {
    gitlab = values.gitlab === undefined ? undefined : normalizeInstanceUrl(values.gitlab);
  } catch (error) {
    throw new Error(`--gitlab: ${(error as Error).message}`);
  }

  console.log('• tools (code-server, first run about 2 minutes)');
  await ensureTools({ browser: false });
  console.log('• building the extension');
  await buildExtension();

  const dir = await mkdtemp(join(tmpdir(), 'gitlab-members-demo-'));
  const removeDir = removeOnExit(dir);
  const extensionsDir = join(dir, 'extensions');
  await installExtension(extensionsDir);
  const folder = join(dir, 'workspace');
  await mkdir(folder, { recursive: true });
  await writeFile(join(folder, 'README.md'), '# GitLab Members demo\n\nOpen **GitLab Members** in the activity bar and sign in.\n');

  let emulator: Emulator | undefined;
  if (!gitlab) {
    // A stable port, so a browser tab that remembers an account finds the same emulator next time.
    const wanted = Number(values['emulator-port'] ?? 8929);
    const port = (await isPortFree(wanted)) ? wanted : await freePort();
    emulator = await startEmulator({ seed: 'demo', port });
    // Two people asked to join acme (the demo's "Access requests"; the test seed has none, so flows stay as they are).
    emulator.state.addAccessRequest('acme', 'mallory', 3);
    emulator.state.addAccessRequest('acme', 'trent', 1);
  }
  const instanceUrl = gitlab ?? emulator!.url;

  const wantedPort = Number(values.port ?? 8080);
  if (!Number.isInteger(wantedPort) || wantedPort <= 0 || wantedPort > 65535) throw new Error(`--port: bad port "${values.port}"`);
  let port = wantedPort;
  if (!(await isPortFree(port))) {
    if (values.port) throw new Error(`port ${port} is in use; pick another with --port`);
    port = await freePort();
    console.log(`  (port 8080 is in use; using ${port})`);
  }
  const codeServer = await startCodeServer({
    dir,
    extensionsDir,
    folder,
    port,
    settings: { ...sessionSettings, 'gitlabMembers.instanceUrl': instanceUrl },
  });

  let stopping = false;
  const shutdown = async (why: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\nstopping (${why})…`);
    await codeServer.stop().catch(() => {});
    await emulator?.close().catch(() => {});
    await stopAll();
    removeDir();
    process.exit(0);
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.removeAllListeners(signal);
    process.once(signal, () => void shutdown(signal));
  }
  // A signal sent to npm alone (an IDE's or a process manager's stop) may end npm without reaching this process
  // (npm forwards SIGINT and SIGTERM, not SIGHUP), which the system then adopts. `npm start` execs this script,
  // so npm is the parent: no event says it is gone, the parent's id changing does, and nothing cheaper than
  // looking now and then tells it.
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) void shutdown('npm start was stopped');
  }, 500).unref();

  console.log(`
  GitLab Members is running in VS Code (code-server 4.100.3, VS Code 1.100).

  Open:            ${codeServer.workbenchUrl}
  GitLab instance: ${instanceUrl}${emulator ? ' (the emulator, demo data)' : ''}
${emulator ? `  Token to paste:  ${demoToken}   (Demo Owner, Owner of group "acme")
  Read-only token: ${demoReadToken}
` : `  Token:           a personal access token from ${instanceUrl}/-/user_settings/personal_access_tokens
`}
  Then: click "GitLab Members" in the activity bar → "Sign in to GitLab" → confirm the URL → paste the token.
  Logs: ${codeServer.logFile}
  Ctrl+C stops everything.
`);
}

main().catch(async (error) => {
  console.error(`npm start: ${(error as Error).message ?? error}`);
  await stopAll();
  process.exit(1);
});
