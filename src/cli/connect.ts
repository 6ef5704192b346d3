/**
 * Which GitLab the tool talks to and with which token: the URL from `--url`, else CI's `CI_SERVER_URL`, else the
 * membership file's `instance:`; the token from `GITLAB_TOKEN` only (a masked CI/CD variable), never from the
 * command line, where it would land in job logs and shell history. The token goes to that host alone (the
 * transport refuses any other origin).
 */
import { createGitLabClient } from '../gitlab/client';
import type { GitLabApi } from '../gitlab/api';
import { normalizeInstanceUrl } from '../gitlab/instanceUrl';
import { CliError, type CliIo } from './io';

export interface Connection {
  readonly api: GitLabApi;
  readonly instanceUrl: string;
}

export function instanceUrlOf(io: CliIo, flag: string | undefined, fromFile?: string): string {
  const given = flag ?? io.env.CI_SERVER_URL ?? fromFile;
  if (!given) throw new CliError('Say which GitLab: --url https://gitlab.example.com (in GitLab CI, CI_SERVER_URL says it).');
  let url: string;
  try {
    url = normalizeInstanceUrl(given);
  } catch (err) {
    throw new CliError(`${given}: ${(err as Error).message}`);
  }
  if (fromFile && normalizeInstanceUrl(fromFile) !== url) {
    throw new CliError(`The membership file is for ${normalizeInstanceUrl(fromFile)}, but this run is for ${url} (${flag ? '--url' : 'CI_SERVER_URL'}).`);
  }
  return url;
}

export function connect(io: CliIo, instanceUrl: string): Connection {
  const token = io.env.GITLAB_TOKEN?.trim();
  if (!token) {
    const job = io.env.CI_JOB_TOKEN ? ' CI_JOB_TOKEN cannot read or change members.' : '';
    throw new CliError(`Set GITLAB_TOKEN to a personal, group or project access token of ${instanceUrl} (scope api; read_api is enough for plan, export and find-access). In GitLab CI, make it a masked CI/CD variable.${job}`);
  }
  const api = createGitLabClient({ instanceUrl, token, maxConcurrentRequests: 8 });
  return { api, instanceUrl };
}
