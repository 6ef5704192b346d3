/**
 * The form's strings, from the extension: the JSON the extension wrote into the page (formHtml.ts). Anything but
 * a map of messages is ignored, and the form speaks English.
 */
import { isL10nBundle, type L10nBundle } from '../src/shared/l10n';

export function readL10nBundle(): L10nBundle | undefined {
  try {
    const parsed: unknown = JSON.parse(document.getElementById('l10n-bundle')?.textContent ?? '{}');
    return isL10nBundle(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}
