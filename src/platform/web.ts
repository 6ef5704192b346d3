/**
 * The web worker host's platform (see platform.ts): the browser's own fetch and certificate store, no
 * environment, no listener limit. esbuild.mjs builds dist/web/extension.js with this file as `./current`.
 */
import * as l10n from '@vscode/l10n';
import type { Platform } from './platform';

export const platform: Platform = {
  kind: 'web',
  trustingFetch: () => {
    throw new Error(l10n.t('"{0}" works in desktop VS Code only: in the browser, GitLab\'s certificate must be trusted by the browser itself.', 'gitlabMembers.caCertificates'));
  },
  proxyEnv: () => ({}),
  shareListeners: () => undefined,
};
