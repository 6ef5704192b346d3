/**
 * Why sign-in refused a token, in words a person can act on: wrong URL, not GitLab, 401 (expired, revoked or
 * wrong), TLS, network. Pure: duck-types GitLabError (kind, status, gitlabMessage, userMessage).
 */
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
      if (/expired/i.test(gitlabMessage)) return 'This token has expired. Create a new personal access token in GitLab and sign in with it.';
      if (/revoked/i.test(gitlabMessage)) return 'This token has been revoked. Create a new personal access token in GitLab and sign in with it.';
      return `${host} did not accept this token (401). Check that you pasted the whole token and that it was created on ${host}.`;
    case 'not-found':
      return notGitLab(instanceUrl, 'it has no GitLab API at /api/v4 (404)');
    case 'invalid-response':
      return notGitLab(instanceUrl, 'its /api/v4 answers are not GitLab\'s');
    case 'tls':
      return `${userMessageOf(err)} Set "${CA_SETTING}" to a PEM file with your certificate authority.`;
    default:
      return userMessageOf(err);
  }
}

export function notGitLab(instanceUrl: string, why: string): string {
  return `${instanceUrl} does not look like GitLab: ${why}. Check the instance URL (for GitLab under a path, include it, e.g. https://example.com/gitlab).`;
}
