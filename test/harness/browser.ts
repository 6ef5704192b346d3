// Debian Chromium driven by playwright-core (never `playwright install`: no downloads).
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { chromiumPath } from './paths';
import { adopt } from './processes';

export interface BrowserSession {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  stop(): Promise<void>;
}

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
];

export async function launchBrowser(options: { headless?: boolean } = {}): Promise<BrowserSession> {
  // launchServer gives us the pid, so the browser is stopped by its process group like everything else.
  const server = await chromium.launchServer({
    executablePath: chromiumPath,
    headless: options.headless ?? process.env.HEADED !== '1',
    args: chromiumArgs,
  });
  const managed = adopt(server.process(), server.process().pid!);
  const browser = await chromium.connect(server.wsEndpoint());
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  return {
    browser,
    context,
    page,
    async stop() {
      // Polite first (bounded: a wedged browser must not hang the run), then by process group.
      const bounded = (p: Promise<unknown>) => Promise.race([p.catch(() => {}), new Promise((r) => setTimeout(r, 5000))]);
      await bounded(browser.close());
      await bounded(server.close());
      await managed.stop();
    },
  };
}
