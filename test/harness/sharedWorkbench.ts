// One code-server and one Chromium for every flow of a test process that can share them (see session.ts for
// which can). A flow still starts as a new user would: its own emulator, its own settings.json, its own workspace
// folder, a browser tab on an origin with no stored data (no token, no extension state, no layout), and so a
// new extension host. What it saves is starting the server and the browser, and loading a cold workbench: about
// 7 of the 14 seconds a flow used to spend before its first step (measured on this machine).
import { mkdir, mkdtemp, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import type { Page } from 'playwright-core';
import { launchBrowser, type BrowserSession } from './browser';
import { buildExtension, ensureTools, installExtension } from './build';
import { startCodeServer, writeUserSettings, type CodeServer } from './codeServer';
import { resultsDir } from './paths';
import { removeOnExit } from './processes';

interface Shared {
  dir: string;
  codeServer: CodeServer;
  browser: BrowserSession;
  /** The tab every flow uses in turn. */
  page: Page;
  alive(): boolean;
}

let started: Promise<Shared> | undefined;

/** Starts the shared pair; a start that failed is tried again by the next flow, not handed to it. */
function startOnce(): Promise<Shared> {
  return start().catch((error: unknown) => {
    started = undefined;
    throw error;
  });
}

async function start(): Promise<Shared> {
  await ensureTools();
  await buildExtension();
  const dir = await mkdtemp(join(tmpdir(), 'glm-shared-'));
  removeOnExit(dir);
  const extensionsDir = join(dir, 'extensions');
  await installExtension(extensionsDir);
  // The server's own log outlives the run, beside the flows' folders (each flow has its own server logs).
  const logDir = join(resultsDir, 'runs', 'shared-workbench');
  await mkdir(logDir, { recursive: true });
  const codeServer = await startCodeServer({ dir, extensionsDir, folder: join(dir, 'first'), logFile: join(logDir, 'code-server.log') });
  let serverUp = true;
  void codeServer.exited.then(() => (serverUp = false));
  const browser = await launchBrowser().catch(async (error: unknown) => {
    await codeServer.stop();
    throw error;
  });
  return { dir, codeServer, browser, page: browser.page, alive: () => serverUp && browser.browser.isConnected() };
}

export interface SharedTab {
  dir: string;
  codeServer: CodeServer;
  browser: BrowserSession;
  page: Page;
  workbenchUrl: string;
  /** Server log files (under the shared user-data dir) written since this tab was opened. */
  newLogFiles(): Promise<string[]>;
  close(): Promise<void>;
}

/** A fresh tab on the shared workbench, for a flow named `name` with these user settings. */
export async function openSharedTab(name: string, settings: Record<string, unknown>): Promise<SharedTab> {
  let shared = await (started ??= startOnce());
  if (!shared.alive()) {
    await stopShared(shared);
    started = undefined;
    shared = await (started = startOnce());
  }
  const { codeServer, browser } = shared;
  const dir = await mkdtemp(join(shared.dir, `${name.slice(0, 20)}-`));
  const folder = join(dir, 'workspace');
  await mkdir(folder, { recursive: true });
  await writeUserSettings(codeServer.userDataDir, settings);
  const logsDir = join(codeServer.userDataDir, 'logs');
  const before = new Set(await filesUnder(logsDir));
  // The browser's one tab, on about:blank since the last flow. Forget everything the origin stored for earlier
  // flows (secrets, extension state, the workbench's layout, the webviews' service worker); VS Code's workbench
  // keeps nothing in sessionStorage. The HTTP cache stays: that, and a warm server, are the point.
  const page = shared.page;
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('Storage.clearDataForOrigin', { origin: codeServer.url, storageTypes: 'all' });
  await cdp.detach();
  return {
    dir,
    codeServer,
    browser,
    page,
    workbenchUrl: `${codeServer.url}/?folder=${encodeURIComponent(folder).replace(/%2F/g, '/')}`,
    newLogFiles: async () => (await filesUnder(logsDir)).filter((file) => !before.has(file)),
    // Leaving the workbench disconnects its extension host (the server ends it after its reconnection grace time).
    close: async () => {
      page.removeAllListeners('dialog').removeAllListeners('pageerror');
      const left = await page.goto('about:blank', { timeout: 10_000 }).then(() => true, () => false);
      if (left) return;
      // A page that will not leave (hung, or asking before unload) is closed; the next flow gets a new tab.
      await page.close({ runBeforeUnload: false }).catch(() => undefined);
      shared.page = await browser.context.newPage();
    },
  };
}

/** Stops the shared code-server and browser, if started (the process would otherwise wait for them). */
export async function stopSharedWorkbench(): Promise<void> {
  const shared = await started?.catch(() => undefined);
  started = undefined;
  if (shared) await stopShared(shared);
}

async function stopShared(shared: Shared): Promise<void> {
  await shared.browser.stop().catch(() => undefined);
  await shared.codeServer.stop().catch(() => undefined);
}

/** Every file under `dir` (none if it does not exist): a session's server logs are read through this. */
export async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath ?? e.path, e.name));
}
