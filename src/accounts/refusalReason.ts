/**
 * Why sign-in refused a token, in words a person can act on: wrong URL, not GitLab, 401 (expired, revoked or
 * wrong), TLS, network. Pure: duck-types GitLabError (kind, status, gitlabMessage, userMessage).
 */
import * as l10n from '@vscode/l10n';
import { userMessageOf } from '../domain/errors';
import { hostOf } from './account';

interface ErrorLike {
  readonly kind?: string;
  readonly status?: number;
  readonly gitlabMessage?: string;
}

export const CA_SETTING = 'gitlabMembers.caCertificates';

export function refusalReason(err: unknown, instanceUrl: string): string {
  const { kind, gitlabMessage = '' } = (typeof err === 'object' && err !== null ? err : {}) as ErrorLike;
  const host = hostOf(instanceUrl);
  switch (kind) {
    case 'unauthorized':
      if (/expired/i.test(gitlabMessage)) return l10n.t('This token has expired. Create a new personal access token in GitLab and sign in with it.');
      if (/revoked/i.test(gitlabMessage)) return l10n.t('This token has been revoked. Create a new personal access token in GitLab and sign in with it.');
      return l10n.t('{0} did not accept this token (401). Check that you pasted the whole token and that it was created on {0}.', host);
    case 'not-found':
      return notGitLab(instanceUrl, 'no-api');
    case 'invalid-response':
      return notGitLab(instanceUrl, 'not-gitlab-answers');
    case 'tls':
      return l10n.t({ message: '{0} Set "{1}" to a PEM file with your certificate authority.', args: [userMessageOf(err), CA_SETTING], comment: ['{0} is the TLS error, {1} the setting\'s id'] });
    default:
      return userMessageOf(err);
  }
}

/** What showed that the address is not GitLab's API. */
export type NotGitLabWhy = 'no-api' | 'not-gitlab-answers' | 'no-user';

export function notGitLab(instanceUrl: string, why: NotGitLabWhy): string {
  const reason = why === 'no-api' ? l10n.t('{0} does not look like GitLab: it has no GitLab API at /api/v4 (404).', instanceUrl)
    : why === 'not-gitlab-answers' ? l10n.t("{0} does not look like GitLab: its /api/v4 answers are not GitLab's.", instanceUrl)
      : l10n.t('{0} does not look like GitLab: /api/v4/user did not answer with a GitLab user.', instanceUrl);
  return `${reason} ${l10n.t('Check the instance URL (for GitLab under a path, include it, e.g. https://example.com/gitlab).')}`;
}
