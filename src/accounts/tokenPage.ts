/**
 * Where a person creates a personal access token on a GitLab instance, with the name and the `api` scope filled
 * in (GitLab reads `name` and `scopes` from the address; the page moved under /-/user_settings/ in 16.1).
 * Pure: no vscode.
 */
import { normalizeInstanceUrl } from '../gitlab/instanceUrl';

export const TOKEN_NAME = 'GitLab Members'; // l10n-ignore: the product's name, given to GitLab as the new token's name

export function tokenPageUrl(instanceUrl: string): string {
  const page = new URL(`${normalizeInstanceUrl(instanceUrl)}/-/user_settings/personal_access_tokens`);
  page.searchParams.set('name', TOKEN_NAME);
  page.searchParams.set('scopes', 'api');
  return page.toString();
}
