// Renders media/icon.svg to media/icon.png (128×128, transparent corners) with the test harness's Chromium:
// `node --import tsx scripts/render-icon.ts`. The PNG is committed; run this again after changing the SVG.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumPath, root as repoRoot } from '../test/harness/paths';

async function render(): Promise<void> {
  const svg = await readFile(join(repoRoot, 'media/icon.svg'), 'utf8');
  const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage({ viewport: { width: 128, height: 128 }, deviceScaleFactor: 1 });
    await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
    await page.locator('svg').screenshot({ path: join(repoRoot, 'media/icon.png'), omitBackground: true });
  } finally {
    await browser.close();
  }
  console.log('wrote media/icon.png');
}

void render();
