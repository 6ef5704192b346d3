/**
 * Which language the extension speaks (issue 17). Every layer writes its text as `l10n.t('…')` from
 * `@vscode/l10n`: the API layer, the membership-file bundle and the webview cannot reach `vscode.l10n`, and one
 * call form everywhere lets `npm run l10n` (l10n-dev) collect every string into l10n/bundle.l10n.json. The
 * messages themselves are the keys; unconfigured, `l10n.t` answers the English text.
 *
 * The extension hands VS Code's bundle for the display language (`vscode.l10n.bundle`) to `useL10nBundle` when it
 * activates; the separately built membership-file bundle and the webview get the same contents from it.
 */
import * as l10n from '@vscode/l10n';

/** Messages keyed by their English text, as in l10n/bundle.l10n.*.json. */
export type L10nBundle = Record<string, string | { message: string; comment: string[] }>;

let current: L10nBundle | undefined;
let language = 'en';

/** `language` (VS Code's display language, `vscode.env.language`) also decides how numbers are written. */
export function useL10nBundle(contents: L10nBundle | undefined, displayLanguage = 'en'): void {
  current = contents;
  language = displayLanguage;
  l10n.config({ contents: contents ?? {} });
}

/** The display language, for number formats: `12,500` in English, `12.500` in German. */
export function displayLanguage(): string {
  return language;
}

/** The bundle in use (undefined: English), for the bundles and the webview that need their own copy. */
export function currentL10nBundle(): L10nBundle | undefined {
  return current;
}

/** Only string messages (and `{message}` entries) pass: the webview checks what it is given. */
export function isL10nBundle(value: unknown): value is L10nBundle {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  return Object.values(value).every((v) => typeof v === 'string' || (typeof v === 'object' && v !== null && typeof (v as { message?: unknown }).message === 'string'));
}
