/**
 * gitlabMembers.findAccess: where does someone have access? Asks for a username, name or email (prefilled from
 * a member row), searches every group and project of the account with progress and Cancel, and shows the
 * results in the "Find Access" view.
 */
import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';
import { normalizeQuery, searchAccess } from '../findAccess/searchAccess';
import { isGitLabError } from '../gitlab/errors';
import { rateLimitNotice } from '../gitlab/rateLimitText';
import { scanProgressText } from '../sources/scanSources';
import type { CommandDeps } from './support/deps';
import { memberOfNode, sourceOfNode } from './support/nodeTargets';
import { pickSession } from './pickers/pickSession';

const title = () => l10n.t("Find a User's Access");

export async function findAccess(deps: CommandDeps, node?: unknown): Promise<void> {
  const session = sourceOfNode(deps, node)?.session ?? (await pickSession(deps, title()));
  if (!session) return;
  const text = await vscode.window.showInputBox({
    title: title(),
    prompt: l10n.t('Username, name or email address: every group and project of @{0} is searched', session.account.username),
    placeHolder: l10n.t({ message: 'alice, Alice Anders or alice@example.com', comment: ['examples of a username, a name and an email address'] }),
    value: memberOfNode(deps, node)?.member.username ?? '',
    ignoreFocusOut: true,
    validateInput: (value) => (normalizeQuery(value) ? undefined : l10n.t('Type a username, a name or an email address.')),
  });
  const query = normalizeQuery(text ?? '');
  if (!query) return;
  const view = deps.tools.access;
  await view.reveal();
  view.searching(query);
  const concurrency = deps.settings().workConcurrency;
  try {
    const result = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: l10n.t('Finding where "{0}" has access', query), cancellable: true },
      async (progress, token) => {
        const abort = new AbortController();
        const subscription = token.onCancellationRequested(() => abort.abort());
        try {
          return await searchAccess(session.api, query, {
            signal: abort.signal,
            concurrency,
            onProgress: (scan) => {
              progress.report({ message: scanProgressText(scan) });
              view.progress(query, scan);
            },
            onRateLimit: (seconds) => progress.report({ message: rateLimitNotice(seconds) }),
          });
        } finally {
          subscription.dispose();
        }
      },
    );
    view.show(session, result, new Date());
    deps.log.info(result.path === 'memberships'
      ? `Find access "${query}": path memberships (the user's memberships list, administrator): ${result.searched} direct memberships`
      : `Find access "${query}": path walk (${result.walkReason === 'not-admin' ? 'the memberships list answered 403' : result.walkReason === 'asked' ? 'asked for' : 'not one exact user'}): ${result.hits.length} places in ${result.searched} groups and projects, ${result.failures.length} not searched`);
  } catch (err) {
    if (isGitLabError(err) && err.kind === 'cancelled') {
      view.cancelled(query);
      return;
    }
    throw err;
  }
}
