/**
 * gitlabMembers.offboardUser, "Remove User's Access Everywhere…": from a member row, a Find Access person or
 * the palette. Finds every membership and invitation of the person across the account (Find Access's walk),
 * shows the plan (what goes; what stays, and why; inherited access; what GitLab does below), asks once, runs
 * it (GitLab's seats removal per top-level group the caller owns, row by row elsewhere) and reports per row.
 * Running it again finds only what stayed.
 */
import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';
import { summarize } from '../bulk/summary';
import { isGitLabError } from '../gitlab/errors';
import { rateLimitNotice } from '../gitlab/rateLimitText';
import { collectOffboarding, type OffboardCollection } from '../offboarding/collectOffboarding';
import { planDetail, reportLines } from '../offboarding/planText';
import { runOffboarding } from '../offboarding/runOffboarding';
import { scanProgressText } from '../sources/scanSources';
import { resolvePerson, type PersonTarget } from './pickers/pickPerson';
import { titled } from './pickers/pickSession';
import type { CommandDeps } from './support/deps';
import { showDetailsButton, showOutcome } from './support/showOutcome';

const title = () => l10n.t("Remove User's Access Everywhere");

async function collect(deps: CommandDeps, target: PersonTarget): Promise<OffboardCollection | undefined> {
  try {
    return await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: l10n.t('Finding where {0} has access', target.person.label), cancellable: true },
      async (progress, token) => {
        const abort = new AbortController();
        const subscription = token.onCancellationRequested(() => abort.abort());
        try {
          return await collectOffboarding(target.session.api, target.person, target.session.readOnly, {
            signal: abort.signal, concurrency: deps.settings().workConcurrency,
            onProgress: (scan) => progress.report({ message: scanProgressText(scan) }),
            onRateLimit: (seconds) => progress.report({ message: rateLimitNotice(seconds) }),
          });
        } finally {
          subscription.dispose();
        }
      },
    );
  } catch (error) {
    if (isGitLabError(error) && error.kind === 'cancelled') return undefined;
    throw error;
  }
}

/** Asks once; "Show Plan" opens the whole plan as a document and asks again. */
async function confirm(deps: CommandDeps, target: PersonTarget, found: OffboardCollection, removals: number): Promise<boolean> {
  const { person, session } = target;
  const incomplete = found.failures.length || found.truncated
    ? [l10n.t('Not searched: {0} groups or projects (see the log); access there is not in this plan.', found.failures.length), ''] : [];
  const how = found.path === 'memberships'
    ? l10n.t('Found with GitLab\'s list of their memberships (you are an administrator). Invitations are listed per group and project only, so none is in this plan: Find Access with their email finds them.')
    : l10n.t('Found by searching {0} groups and projects.', found.searched);
  const detail = [how, '', ...incomplete, planDetail(found.plan)].join('\n');
  const remove = l10n.t({ message: 'Remove {0}', args: [removals], comment: ['button: remove this many memberships and invitations'] });
  const showPlan = l10n.t('Show Plan');
  for (;;) {
    const answer = await vscode.window.showWarningMessage(
      l10n.t('Remove the access of {0} everywhere @{1} can change it?', person.label, session.account.username), { modal: true, detail }, remove, showPlan,
    );
    if (answer !== showPlan) return answer === remove;
    await deps.tools.reports.show({ title: l10n.t('Plan: remove the access of {0}', person.label), content: detail });
  }
}

export async function offboardUser(deps: CommandDeps, node?: unknown): Promise<void> {
  const target = await resolvePerson(deps, node, title());
  if (!target) return;
  if (target.person.userId === target.session.account.userId) {
    void vscode.window.showWarningMessage(titled(title(), l10n.t('That is you: this would take your own access away everywhere. Leave a group or project with Remove Member instead.')));
    return;
  }
  if (target.session.readOnly) {
    void vscode.window.showInformationMessage(titled(title(), l10n.t('This token is read-only (read_api): GitLab will refuse changes. Sign in with an api token.')));
    return;
  }
  const found = await collect(deps, target);
  if (!found) return;
  deps.log.info(`Offboarding ${target.person.username}: places found by ${found.path === 'memberships' ? 'the user\'s memberships list' : `a walk of ${found.searched} groups and projects`}`);
  for (const f of found.failures) deps.log.warn(`Offboarding ${target.person.username}: ${f.source.fullPath} not searched: ${f.message}`);
  const removals = found.plan.rows.filter((r) => r.action === 'remove').length;
  if (removals === 0) {
    const detailButton = showDetailsButton();
    const kept = found.plan.rows.length + found.plan.inherited.length;
    const text = kept ? l10n.t('Nothing you can remove: {0} still has access in {1} places you cannot change.', target.person.label, kept)
      : l10n.t('{0} has no access left that you can see.', target.person.label);
    void vscode.window.showInformationMessage(text, ...(kept ? [detailButton] : [])).then(async (choice) => {
      if (choice === detailButton) await deps.tools.reports.show({ title: title(), content: planDetail(found.plan) });
    });
    return;
  }
  if (!(await confirm(deps, target, found, removals))) return;
  deps.log.info(`Removing the access of ${target.person.username} everywhere: ${removals} row(s)`);
  const results = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: l10n.t('Removing the access of {0}', target.person.label), cancellable: true },
    async (progress, token) => {
      const abort = new AbortController();
      const subscription = token.onCancellationRequested(() => abort.abort());
      try {
        return await runOffboarding(target.session.api, target.person, found.plan, {
          signal: abort.signal,
          onScheduled: (root) => progress.report({ message: l10n.t('GitLab is removing them from {0} in the background…', root.fullPath) }),
          onItem: (done, total) => progress.report({ message: l10n.t('{0} of {1}', done, total) }),
        });
      } finally {
        subscription.dispose();
      }
    },
  );
  // Whole rows: a group membership gone changes the inherited rows below it; a top-level group's seats change too.
  const places = [...results.map((r) => r.item.hit.source), ...results.flatMap((r) => (r.item.root ? [r.item.root] : []))];
  for (const key of new Set(places.map((s) => `${s.kind}:${s.id}`))) {
    const [kind, id] = key.split(':');
    deps.tree.refreshSource(target.session.key, kind as 'group' | 'project', Number(id), undefined);
  }
  const lines = reportLines(results, found.plan);
  showOutcome(deps, title(), summarize(title(), l10n.t('Removed {0} from', target.person.label), [l10n.t('place'), l10n.t('places')], lines));
}
