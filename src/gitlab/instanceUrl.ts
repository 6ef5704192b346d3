/** Turning what the user typed into the one base URL the token may be sent to. */
import * as l10n from '@vscode/l10n';

const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i;

export function isLoopbackHost(hostname: string): boolean {
  return LOOPBACK.test(hostname);
}

/**
 * `gitlab.example.com`, `https://gitlab.example.com/`, `https://gitlab.example.com/api/v4` and
 * `https://example.com/gitlab` (a relative-URL install) become `https://gitlab.example.com` (or `…/gitlab`);
 * `…//api/v4//` and `…/api/v4/api/v4` too. Normalizing the result again gives the same string.
 * Throws with a sentence for the user when the input cannot be a GitLab instance URL.
 */
export function normalizeInstanceUrl(input: string): string {
  const trimmed = input.trim();
  if (!trimmed) throw new Error(l10n.t('Enter the URL of your GitLab instance, for example https://gitlab.com.'));
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    throw new Error(l10n.t('"{0}" is not a valid URL.', trimmed));
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(l10n.t('Use an https:// URL (got {0}).', url.protocol));
  }
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) {
    throw new Error(l10n.t('Plain http:// is only allowed for this computer (localhost); use https:// so the token is not sent in clear text.'));
  }
  if (url.username || url.password) throw new Error(l10n.t('Leave user name and password out of the URL; the token is asked for next.'));
  if (url.search || url.hash) throw new Error(l10n.t('Leave query (?…) and fragment (#…) out of the instance URL.'));
  // Repeated slashes collapse; trailing slashes and `/api/v4` go, as often as they are repeated.
  let path = url.pathname.replace(/\/{2,}/g, '/');
  for (let before = ''; before !== path;) {
    before = path;
    path = path.replace(/\/+$/, '').replace(/\/api\/v4$/i, '');
  }
  return `${url.protocol}//${url.host}${path}`;
}

/** The API root for a normalized instance URL. */
export function apiBase(instanceUrl: string): string {
  return `${instanceUrl}/api/v4`;
}

/**
 * The full path named by a GitLab web URL of this instance (`…/groups/acme/-/group_members` → `acme`),
 * or undefined when `input` is not a URL of this instance.
 */
export function pathFromWebUrl(instanceUrl: string, input: string): string | undefined {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return undefined;
  }
  const base = new URL(instanceUrl);
  if (url.host.toLowerCase() !== base.host.toLowerCase()) return undefined;
  const basePath = base.pathname.replace(/\/+$/, '');
  let path = url.pathname;
  if (basePath && path.toLowerCase().startsWith(basePath.toLowerCase())) path = path.slice(basePath.length);
  path = path.split('/-/')[0].replace(/^\/+|\/+$/g, '');
  if (path.startsWith('groups/')) path = path.slice('groups/'.length);
  return path ? decodeURIComponent(path) : undefined;
}
