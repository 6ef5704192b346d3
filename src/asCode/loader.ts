/**
 * Loads the as-code bundle on first use. In the built extension esbuild turns this require into
 * `require('./asCode.js')`, the separate bundle next to `dist/extension.js` (see esbuild.mjs), so the `yaml`
 * library costs nothing until a membership file is opened, planned or applied; Node caches it afterwards.
 * Run from source (unit tests), it loads the TypeScript module directly.
 */
import * as l10n from '@vscode/l10n';
import { currentL10nBundle, displayLanguage } from '../shared/l10n';
import type { AsCodeModule } from './index';
import type { ParseResult } from './model';

export function loadAsCode(): AsCodeModule {
  // A plain require on purpose (like undici in tlsFetch.ts): esbuild.mjs points it at the separate bundle.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mod = require('../asCode/index') as Partial<AsCodeModule>;
  if (typeof mod.parseMembershipFile !== 'function' || typeof mod.useL10nBundle !== 'function') {
    throw new Error(l10n.t('The membership-file support (dist/asCode.js) is missing or damaged: reinstall the extension.'));
  }
  mod.useL10nBundle(currentL10nBundle(), displayLanguage());
  return { parseMembershipFile: mod.parseMembershipFile, useL10nBundle: mod.useL10nBundle };
}

/** Reads and checks a membership file's text with the lazily loaded parser. */
export async function parseMembershipText(text: string, now = new Date()): Promise<ParseResult> {
  return loadAsCode().parseMembershipFile(text, now);
}
