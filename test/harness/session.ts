// One real workbench session: emulator + code-server (fresh profile, our extension installed) + Chromium.
// Everything started here is stopped in stop(), whatever happened.
import { cp, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { launchBrowser, type BrowserSession } from './browser';
import { removeOnExit } from './processes';
import { buildExtension, ensureTools, installExtension, installWebExtension } from './build';
import { bothLogs, browserLogs, serverLogs, type LogFile, type LogSource } from './logFiles';
import { startCodeServer, type CodeServer } from './codeServer';
import { startEmulator, type Emulator, type EmulatorOptions } from './emulator';
import { extensionId, resultsDir, screenshotsDir } from './paths';
import { filesUnder, openSharedTab } from './sharedWorkbench';
import { Workbench, slug, timeouts } from './workbench';

export interface SessionOptions {
  /** Names the screenshot and log folders. */
  name: string;
  /** Emulator options (default: demo data), or false to run without one (then give `instanceUrl`). */
  emulator?: EmulatorOptions | false;
  instanceUrl?: string;
  /** Extra user settings (a function gets the started emulator). */
  settings?: Record<string, unknown> | ((emulator: Emulator | undefined) => Record<string, unknown>);
  /** Installs our extension into the extensions dir instead of copying the build (e.g. from a packaged .vsix). */
  install?: (extensionsDir: string) => Promise<void>;
  /** Called with the extensions dir after our extension is installed (e.g. to add the in-host test extension). */
  addExtensions?: (extensionsDir: string, emulator: Emulator | undefined) => Promise<void>;
  /** Start Chromium and open the workbench (default true). */
  browser?: boolean;
  port?: number;
  /**
   * Which extension host runs our extension: 'node' (default) or 'web', the web worker host of VS Code for the
   * Web, with the web-only build installed (build.ts `installWebExtension`) and the browser's logs read too.
   */
  host?: 'node' | 'web';
  /** The workbench's display language (default English); see codeServer.ts. */
  locale?: string;
  /**
   * Run on the process's shared code-server and browser when the options allow (sharedWorkbench.ts): a new tab
   * with no stored data, its own emulator, settings and workspace folder. Set by flow(); GLM_SHARED_WORKBENCH=0
   * turns it off.
   */
  shared?: boolean;
}

/** Whether a session with these options can run on the shared workbench (all it varies is per tab). */
export function canShare(options: SessionOptions): boolean {
  return !options.install && !options.addExtensions && !options.locale && options.host !== 'web' && options.browser !== false && options.port === undefined
    && process.env.GLM_SHARED_WORKBENCH !== '0';
}

export interface Session {
  name: string;
  dir: string;
  artifactsDir: string;
  emulator?: Emulator;
  codeServer: CodeServer;
  browser?: BrowserSession;
  wb: Workbench;
  /** Messages of every alert/confirm/prompt the page opened (an XSS would land here). */
  dialogs: string[];
  pageErrors: string[];
  /** The server's log files this session wrote (extension host logs, our output channel). */
  serverLogFiles(): Promise<string[]>;
  /** Every log this session's VS Code wrote, with its text: the server's, and the browser's in the web worker host. */
  logs(): Promise<LogFile[]>;
  /** How many times our extension has been activated so far (each window load starts a new extension host). */
  activations(): Promise<number>;
  /** Waits until our extension has been activated more than `previous` times (read from the server's logs). */
  waitForActivation(previous: number, timeoutMs?: number): Promise<void>;
  stop(): Promise<void>;
}

/** Settings every session gets besides the quiet defaults. */
export const sessionSettings: Record<string, unknown> = {
  'workbench.colorTheme': 'Default Dark Modern',
};

export async function startSession(options: SessionOptions): Promise<Session> {
  const name = slug(options.name);
  const artifactsDir = join(resultsDir, 'runs', name);
  await rm(artifactsDir, { recursive: true, force: true });
  await rm(join(screenshotsDir, name), { recursive: true, force: true });
  await mkdir(artifactsDir, { recursive: true });
  const dir = await mkdtemp(join(tmpdir(), `glm-${name.slice(0, 20)}-`));
  const removeDir = removeOnExit(dir);
  const cleanups: (() => Promise<void>)[] = [];
  cleanups.push(async () => removeDir());
  const stop = async () => {
    for (const cleanup of cleanups.reverse()) await cleanup().catch((e) => console.error('cleanup:', e));
    cleanups.length = 0;
  };

  try {
    if (options.shared && canShare(options)) return await sharedSession(options, name, artifactsDir, cleanups, stop);
    await ensureTools();
    const extensionsDir = join(dir, 'extensions');
    if (options.install) {
      await options.install(extensionsDir);
    } else if (options.host === 'web') {
      await buildExtension();
      await installWebExtension(extensionsDir);
    } else {
      await buildExtension();
      await installExtension(extensionsDir);
    }

    let emulator: Emulator | undefined;
    if (options.emulator !== false) {
      emulator = await startEmulator({ seed: 'demo', requestLogFile: join(artifactsDir, 'emulator-requests.log'), ...options.emulator });
      cleanups.push(() => emulator!.close());
    }
    await options.addExtensions?.(extensionsDir, emulator);

    const instanceUrl = options.instanceUrl ?? emulator?.url;
    const codeServer = await startCodeServer({
      dir,
      extensionsDir,
      folder: join(dir, 'workspace'),
      port: options.port,
      locale: options.locale,
      logFile: join(artifactsDir, 'code-server.log'),
      settings: { ...sessionSettings, ...(instanceUrl ? { 'gitlabMembers.instanceUrl': instanceUrl } : {}),
        ...(typeof options.settings === 'function' ? options.settings(emulator) : options.settings),
      },
    });
    cleanups.push(async () => {
      await codeServer.stop();
      // Server-side logs (extension host, our output channel) are the first thing to read after a failure.
      await cp(join(codeServer.userDataDir, 'logs'), join(artifactsDir, 'logs'), { recursive: true }).catch(() => {});
    });

    let browser: BrowserSession | undefined;
    if (options.browser !== false) {
      browser = await launchBrowser();
      cleanups.push(() => browser!.stop());
    }
    const logsDir = join(codeServer.userDataDir, 'logs');
    const serverLogFiles = () => filesUnder(logsDir);
    const logs = options.host === 'web' ? bothLogs(serverLogs(serverLogFiles), browserLogs(() => browser?.page)) : serverLogs(serverLogFiles);
    return finish({ name, dir, artifactsDir, emulator, codeServer, browser, workbenchUrl: codeServer.workbenchUrl, serverLogFiles, logs, stop });
  } catch (error) {
    await stop();
    throw error;
  }
}

type SessionParts = Pick<Session, 'name' | 'dir' | 'artifactsDir' | 'emulator' | 'codeServer' | 'browser' | 'serverLogFiles' | 'logs' | 'stop'>
  & { workbenchUrl: string };

/** The page's dialog and error records, the workbench helpers and the activation counter, for either kind. */
function finish(parts: SessionParts): Session {
  const dialogs: string[] = [];
  const pageErrors: string[] = [];
  parts.browser?.page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss().catch(() => {});
  });
  parts.browser?.page.on('pageerror', (error) => pageErrors.push(error.message));
  const page = parts.browser?.page as Workbench['page'];
  const wb = new Workbench(page, parts.workbenchUrl, join(screenshotsDir, parts.name));
  const activations = () => countActivations(parts.logs);
  const waitForActivation = async (previous: number, timeoutMs = timeouts.view) => {
    const deadline = Date.now() + timeoutMs;
    while ((await activations()) <= previous) {
      if (Date.now() > deadline) throw new Error(`${extensionId} was not activated within ${timeoutMs / 1000}s`);
      await new Promise((r) => setTimeout(r, 200));
    }
  };
  return { ...parts, wb, dialogs, pageErrors, activations, waitForActivation };
}

/** A new user's tab on the process's shared code-server and browser (sharedWorkbench.ts). */
async function sharedSession(options: SessionOptions, name: string, artifactsDir: string,
  cleanups: (() => Promise<void>)[], stop: () => Promise<void>): Promise<Session> {
  let emulator: Emulator | undefined;
  if (options.emulator !== false) {
    emulator = await startEmulator({ seed: 'demo', requestLogFile: join(artifactsDir, 'emulator-requests.log'), ...options.emulator });
    cleanups.push(() => emulator!.close());
  }
  const instanceUrl = options.instanceUrl ?? emulator?.url;
  const tab = await openSharedTab(name, { ...sessionSettings, ...(instanceUrl ? { 'gitlabMembers.instanceUrl': instanceUrl } : {}),
    ...(typeof options.settings === 'function' ? options.settings(emulator) : options.settings) });
  cleanups.push(async () => {
    await tab.close();
    // This tab's server logs (its extension host's, our output channel's) are the first thing to read after a failure.
    const logsDir = join(tab.codeServer.userDataDir, 'logs');
    for (const file of await tab.newLogFiles()) await cp(file, join(artifactsDir, 'logs', relative(logsDir, file))).catch(() => {});
  });
  const browser: BrowserSession = { ...tab.browser, page: tab.page, stop: tab.close };
  return finish({ name, dir: tab.dir, artifactsDir, emulator, codeServer: tab.codeServer, browser, workbenchUrl: tab.workbenchUrl,
    serverLogFiles: tab.newLogFiles, logs: serverLogs(tab.newLogFiles), stop });
}

/** Counts "_doActivateExtension <our id>" lines in the session's extension host logs (Node's or the web worker's). */
async function countActivations(logs: LogSource): Promise<number> {
  let count = 0;
  for (const { path, text } of await logs()) {
    if (/exthost\.log$/i.test(path)) count += text.split(`_doActivateExtension ${extensionId},`).length - 1;
  }
  return count;
}
