/**
 * The entry of the separate `dist/asCode.js` bundle: everything that needs the `yaml` library (about 115 KB
 * minified), loaded only when a membership file is checked, planned or applied (see loader.ts), so the main
 * bundle stays small and activation fast.
 *
 * Keep its imports free of the API layer and of vscode-bound classes: this bundle gets its own copies of whatever
 * it imports, so an `instanceof` across the two bundles would fail. It exchanges plain data only.
 */
import { useL10nBundle, type L10nBundle } from '../shared/l10n';
import type { ParseResult } from './model';
import { parseMembershipFile } from './parseFile';

/** What the lazily loaded bundle offers: the contract loader.ts checks. */
export interface AsCodeModule {
  /** Reads and schema-checks a membership file; problems carry line and column ranges. */
  parseMembershipFile(text: string, now: Date): ParseResult;
  /** This bundle's own copy of @vscode/l10n speaks the extension's language once given its strings. */
  useL10nBundle(contents: L10nBundle | undefined, displayLanguage?: string): void;
}

export { parseMembershipFile, useL10nBundle };
