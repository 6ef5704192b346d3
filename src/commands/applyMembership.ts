/**
 * gitlabMembers.applyMembership: plans the membership file afresh, asks once (a modal listing the totals and
 * every removal), then carries out each change with its own result; failures are reported and the rest done.
 */
import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';
import { applyPlan, changeLabel, changesOf } from '../asCode/applyPlan';
import { countPlan } from '../asCode/plan';
import { lineOf, summarize } from '../bulk/summary';
import type { CommandDeps } from './support/deps';
import { loadMembershipPlan, type LoadedPlan } from './support/membershipFile';
import { refreshChanged, showOutcome } from './support/showOutcome';
import { accountLabel } from '../sources/sourceContext';

const LISTED = 25;

export async function applyMembership(deps: CommandDeps, arg?: unknown): Promise<void> {
  const loaded = await loadMembershipPlan(deps, arg, l10n.t('Apply Membership File'));
  if (!loaded) return;
  const changes = changesOf(loaded.plans);
  const counts = countPlan(loaded.plans);
  const problems = !counts.problems ? undefined
    : counts.problems === 1 ? l10n.t('1 problem: see Plan Membership File') : l10n.t('{0} problems: see Plan Membership File', counts.problems);
  if (loaded.session.readOnly && changes.length > 0) {
    void vscode.window.showErrorMessage(l10n.t('{0} has a read-only token (read_api): GitLab would refuse these {1} changes. Sign in with an api token to apply; Plan Membership File works as it is.', accountLabel(loaded.session), changes.length));
    return;
  }
  if (changes.length === 0) {
    void vscode.window.showInformationMessage(problems
      ? l10n.t('Nothing to change: GitLab already matches {0} ({1}).', loaded.name, problems)
      : l10n.t('Nothing to change: GitLab already matches {0}.', loaded.name));
    return;
  }
  const button = changes.length === 1 ? l10n.t('Apply 1 Change') : l10n.t('Apply {0} Changes', changes.length);
  const confirmed = await vscode.window.showWarningMessage(
    l10n.t('Apply {0} to {1}?', loaded.name, accountLabel(loaded.session)),
    { modal: true, detail: confirmationDetail(loaded, problems) },
    button,
  );
  if (confirmed !== button) return;
  const title = l10n.t('Apply {0}', loaded.name);
  const results = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title, cancellable: true }, async (progress, token) => {
    const abort = new AbortController();
    const subscription = token.onCancellationRequested(() => abort.abort());
    try {
      return await applyPlan(loaded.session.api, changes, {
        signal: abort.signal,
        onItem: (finished, total) => progress.report({ message: l10n.t('{0} of {1}', finished, total), increment: 100 / total }),
      });
    } finally {
      subscription.dispose();
    }
  });
  showOutcome(deps, title, summarize(title, l10n.t({ message: 'Applied', comment: ['followed by a count: "Applied 3 changes."'] }), [l10n.t('change'), l10n.t('changes')], results.map((r) => lineOf(r, changeLabel))));
  const changed = changes.map((c) => ({ accountKey: loaded.session.key, kind: c.source.kind, id: c.source.id }));
  refreshChanged(deps, changed, ['members', 'invitations']);
}

function confirmationDetail(loaded: LoadedPlan, problems: string | undefined): string {
  const c = countPlan(loaded.plans);
  const removals = changesOf(loaded.plans).filter((x) => x.item.op === 'remove' || x.item.op === 'revoke').map((x) => `• ${changeLabel(x)}`);
  const lines = [problems
    ? l10n.t('{0} to add or invite, {1} to change, {2} to remove ({3}).', c.add, c.change, c.remove, problems)
    : l10n.t('{0} to add or invite, {1} to change, {2} to remove.', c.add, c.change, c.remove)];
  if (removals.length) {
    lines.push('', l10n.t('Removed (removeUnlisted: true):'), ...removals.slice(0, LISTED));
    if (removals.length > LISTED) lines.push(l10n.t('…and {0} more', removals.length - LISTED));
    const unsure = loaded.plans.flatMap((p) => p.notes).flatMap((n) => (n.kind === 'maybeAccepted' ? n.emails : []));
    if (unsure.length) {
      lines.push('', unsure.length === 1
        ? l10n.t('{0} has no pending invitation: if one was accepted, that person may be removed above (GitLab does not tell whose email it is).', unsure.join(', '))
        : l10n.t('{0} have no pending invitation: if one was accepted, that person may be removed above (GitLab does not tell whose email it is).', unsure.join(', ')));
    }
  }
  return lines.join('\n');
}
