// One real workbench session: emulator + code-server (fresh profile, our extension installed) + Chromium.
// Everything started here is stopped in stop(), whatever happened.
import { cp, mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchBrowser, type BrowserSession } from './browser';
import { removeOnExit } from './processes';
import { buildExtension, ensureTools, installExtension } from './build';
import { startCodeServer, type CodeServer } from './codeServer';
import { startEmulator, type Emulator, type EmulatorOptions } from './emulator';
import { extensionId, resultsDir, screenshotsDir } from './paths';
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
  /** The workbench's display language (default English); see codeServer.ts. */
  locale?: string;
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
    await ensureTools();
    const extensionsDir = join(dir, 'extensions');
    if (options.install) {
      await options.install(extensionsDir);
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

    const dialogs: string[] = [];
    const pageErrors: string[] = [];
    let browser: BrowserSession | undefined;
    if (options.browser !== false) {
      browser = await launchBrowser();
      cleanups.push(() => browser!.stop());
      browser.page.on('dialog', (dialog) => {
        dialogs.push(`${dialog.type()}: ${dialog.message()}`);
        void dialog.dismiss().catch(() => {});
      });
      browser.page.on('pageerror', (error) => pageErrors.push(error.message));
    }
    const page = browser?.page as Workbench['page'];
    const wb = new Workbench(page, codeServer.workbenchUrl, join(screenshotsDir, name));
    const activations = () => countActivations(join(codeServer.userDataDir, 'logs'));
    const waitForActivation = async (previous: number, timeoutMs = timeouts.view) => {
      const deadline = Date.now() + timeoutMs;
      while ((await activations()) <= previous) {
        if (Date.now() > deadline) throw new Error(`${extensionId} was not activated within ${timeoutMs / 1000}s`);
        await new Promise((r) => setTimeout(r, 200));
      }
    };
    return { name, dir, artifactsDir, emulator, codeServer, browser, wb, dialogs, pageErrors, activations, waitForActivation, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Counts "_doActivateExtension <our id>" lines in every extension host log under `logsDir`. */
async function countActivations(logsDir: string): Promise<number> {
  let count = 0;
  const entries = await readdir(logsDir, { recursive: true, withFileTypes: true }).catch(() => []);
  for (const entry of entries) {
    if (!entry.isFile() || !/exthost\.log$/i.test(entry.name)) continue;
    const text = await readFile(join(entry.parentPath ?? entry.path, entry.name), 'utf8').catch(() => '');
    count += text.split(`_doActivateExtension ${extensionId},`).length - 1;
  }
  return count;
}
