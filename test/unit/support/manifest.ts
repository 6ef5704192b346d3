// package.json as VS Code shows it: its user-facing texts are `%key%` placeholders, filled in from
// package.nls.json (English) or package.nls.<language>.json. Tests that read manifest texts read them here.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const repo = join(__dirname, '..', '..', '..');

/** VS Code's own rule: a whole string `%key%` is replaced, anything else is left as it is. */
export const NLS_PLACEHOLDER = /^%([\w.-]+)%$/;

export type Manifest = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
export type NlsMessages = Record<string, string | { message: string; comment?: string[] }>;

const readJson = (name: string) => JSON.parse(readFileSync(join(repo, name), 'utf8'));

/** package.json as written, placeholders and all. */
export function rawManifest(): Manifest {
  return readJson('package.json');
}

/** package.nls.json (language undefined) or package.nls.<language>.json. */
export function nlsMessages(language?: string): NlsMessages {
  return readJson(language ? `package.nls.${language}.json` : 'package.nls.json');
}

export const nlsText = (entry: string | { message: string }) => (typeof entry === 'string' ? entry : entry.message);

/** Every `%key%` replaced from `messages`; an unknown key throws, as vsce does. */
export function resolveNls<T>(value: T, messages: NlsMessages): T {
  return JSON.parse(JSON.stringify(value), (_key, v) => {
    if (typeof v !== 'string') return v;
    const match = NLS_PLACEHOLDER.exec(v);
    if (!match) return v;
    const entry = messages[match[1]];
    if (entry === undefined) throw new Error(`package.json: no message for ${v}`);
    return nlsText(entry);
  });
}

/** package.json with the texts a user sees in English (or in `language`). */
export function localizedManifest(language?: string): Manifest {
  return resolveNls(rawManifest(), nlsMessages(language));
}
