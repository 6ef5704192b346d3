// code-server (VS Code 1.100's workbench + a real Node extension host) on a loopback port, with a fresh profile.
import { createWriteStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { codeServerBin } from './paths';
import { freePort } from './ports';
import { startProcess } from './processes';

export interface CodeServerOptions {
  /** A fresh dir: `user-data/`, `config.yaml` go here. */
  dir: string;
  extensionsDir: string;
  /** The folder the workbench opens. */
  folder: string;
  /** Written to `User/settings.json` before start. */
  settings?: Record<string, unknown>;
  port?: number;
  /** Server log (stdout+stderr). Defaults to `<dir>/code-server.log`. */
  logFile?: string;
  env?: NodeJS.ProcessEnv;
  /** Display language (`--locale`): a stand-in language pack makes VS Code run extensions in it (see below). */
  locale?: string;
}

export interface CodeServer {
  url: string;
  port: number;
  /** URL that opens the workbench on `folder`. */
  workbenchUrl: string;
  userDataDir: string;
  logFile: string;
  /** Resolves when the server process has ended. */
  exited: Promise<unknown>;
  /** The last lines the server printed (for error messages). */
  tail(): string;
  stop(): Promise<void>;
}

/** Settings that keep the workbench quiet and deterministic; callers add their own on top. */
export const quietSettings: Record<string, unknown> = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'telemetry.telemetryLevel': 'off',
  'security.workspace.trust.enabled': false,
  'window.dialogStyle': 'custom',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
  'git.enabled': false,
  'chat.commandCenter.enabled': false,
};

/**
 * VS Code switches its display language only to one a language pack provides (the server reads the packs from
 * `languagepacks.json` in the user-data dir). No pack can be downloaded here, so this writes a stand-in: the
 * language with an empty translation of VS Code itself. The workbench's own texts stay English (each missing
 * translation falls back), while extensions run in that language as they would with the real pack:
 * `vscode.env.language`, `vscode.l10n.bundle` and the manifest's `package.nls.<language>.json`.
 */
async function standInLanguagePack(userDataDir: string, locale: string): Promise<void> {
  const translations = join(userDataDir, 'stand-in-language-pack', 'main.i18n.json');
  await mkdir(join(userDataDir, 'stand-in-language-pack'), { recursive: true });
  await writeFile(translations, JSON.stringify({ version: '1.0.0', contents: {} }));
  // The workbench reads the pack's first extension entry (an empty list breaks the Extensions view's start).
  const extensions = [{ extensionIdentifier: { id: `stand-in.language-pack-${locale}` }, version: '1.0.0' }];
  const pack = { hash: `stand-in-${locale}`, extensions, translations: { vscode: translations }, label: locale };
  await writeFile(join(userDataDir, 'languagepacks.json'), JSON.stringify({ [locale]: pack }));
}

/** Writes the user's settings.json: the quiet defaults, then `settings` on top. */
export async function writeUserSettings(userDataDir: string, settings: Record<string, unknown> = {}): Promise<void> {
  await mkdir(join(userDataDir, 'User'), { recursive: true });
  await writeFile(join(userDataDir, 'User', 'settings.json'), JSON.stringify({ ...quietSettings, ...settings }, null, 2));
}

export async function startCodeServer(options: CodeServerOptions): Promise<CodeServer> {
  const userDataDir = join(options.dir, 'user-data');
  await writeUserSettings(userDataDir, options.settings);
  await mkdir(options.extensionsDir, { recursive: true });
  await mkdir(options.folder, { recursive: true });
  if (options.locale) await standInLanguagePack(userDataDir, options.locale);
  const configFile = join(options.dir, 'config.yaml');
  await writeFile(configFile, 'auth: none\n');

  const port = options.port ?? (await freePort());
  const logFile = options.logFile ?? join(options.dir, 'code-server.log');
  const args = [
    '--config', configFile,
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--ignore-last-opened',
    '--user-data-dir', userDataDir,
    '--extensions-dir', options.extensionsDir,
    ...(options.locale ? ['--locale', options.locale] : []),
    options.folder,
  ];
  const proc = startProcess(codeServerBin, args, {
    env: { ...process.env, ...options.env, XDG_CONFIG_HOME: join(options.dir, 'xdg-config'), XDG_DATA_HOME: join(options.dir, 'xdg-data') },
  });
  const log = createWriteStream(logFile);
  const lines: string[] = [];
  const keep = (chunk: Buffer) => {
    log.write(chunk);
    lines.push(...chunk.toString().split('\n').filter(Boolean));
    if (lines.length > 40) lines.splice(0, lines.length - 40);
  };
  proc.child.stdout?.on('data', keep);
  proc.child.stderr?.on('data', keep);
  const tail = () => lines.join('\n');

  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    await proc.stop();
    log.end();
  };
  try {
    await waitForHttp(`${url}/healthz`, 60_000, proc.exited, tail);
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    url,
    port,
    workbenchUrl: `${url}/?folder=${encodeURIComponent(options.folder).replace(/%2F/g, '/')}`,
    userDataDir,
    logFile,
    exited: proc.exited,
    tail,
    stop,
  };
}

async function waitForHttp(url: string, timeoutMs: number, exited: Promise<unknown>, tail: () => string): Promise<void> {
  let dead = false;
  void exited.then(() => (dead = true));
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (dead) throw new Error(`code-server exited before answering ${url}:\n${tail()}`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (response.ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`code-server did not answer ${url} within ${timeoutMs / 1000}s:\n${tail()}`);
}
