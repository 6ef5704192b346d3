/** The "GitLab Members" log channel and the request lines the API client reports to it (never a token). */
import * as vscode from 'vscode';
import type { RequestEvent } from '../gitlab/api';
import { formatRequestLine, isFailedRequest } from '../domain/requestLine';

export const LOG_CHANNEL_NAME = 'GitLab Members'; // l10n-ignore: the product name

export function createLog(): vscode.LogOutputChannel {
  return vscode.window.createOutputChannel(LOG_CHANNEL_NAME, { log: true });
}

/** `GET /api/v4/groups/acme/members?page=2 200 12ms`: info when it worked, warning when it did not. */
export function requestLogger(log: vscode.LogOutputChannel): (event: RequestEvent) => void {
  return (event) => {
    const line = formatRequestLine(event);
    if (isFailedRequest(event)) log.warn(line);
    else log.info(line);
  };
}
