/**
 * gitlabMembers.applyMembership: plans the membership file afresh, asks once (a modal listing the totals and
 * every removal), then carries out each change with its own result; failures are reported and the rest done.
 */
import * as vscode from 'vscode';
import { applyPlan, changeLabel, changesOf } from '../asCode/applyPlan';
import { countPlan } from '../asCode/plan';
import { lineOf, summarize } from '../bulk/summary';
import type { CommandDeps } from './deps';
import { loadMembershipPlan, type LoadedPlan } from './membershipFile';
import { refreshChanged, showOutcome } from './showOutcome';
import { accountLabel } from './sourceContext';

const LISTED = 25;

export async function applyMembership(deps: CommandDeps, arg?: unknown): Promise<void> {
  const loaded = await loadMembershipPlan(deps, arg, 'Apply Membership File');
  if (!loaded) return;
  const changes = changesOf(loaded.plans);
  const counts = countPlan(loaded.plans);
  const problems = counts.problems ? ` (${counts.problems} ${counts.problems === 1 ? 'problem' : 'problems'}: see Plan Membership File)` : '';
  if (loaded.session.readOnly && changes.length > 0) {
    void vscode.window.showErrorMessage(`${accountLabel(loaded.session)} has a read-only token (read_api): GitLab would refuse these ${changes.length} changes. Sign in with an api token to apply; Plan Membership File works as it is.`);
    return;
  }
  if (changes.length === 0) {
    void vscode.window.showInformationMessage(`Nothing to change: GitLab already matches ${loaded.name}${problems}.`);
    return;
  }
  const button = `Apply ${changes.length} ${changes.length === 1 ? 'Change' : 'Changes'}`;
  const confirmed = await vscode.window.showWarningMessage(
    `Apply ${loaded.name} to ${accountLabel(loaded.session)}?`,
    { modal: true, detail: confirmationDetail(loaded, problems) },
    button,
  );
  if (confirmed !== button) return;
  const title = `Apply ${loaded.name}`;
  const results = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title, cancellable: true }, async (progress, token) => {
    const abort = new AbortController();
    const subscription = token.onCancellationRequested(() => abort.abort());
    try {
      return await applyPlan(loaded.session.api, changes, {
        signal: abort.signal,
        onItem: (finished, total) => progress.report({ message: `${finished} of ${total}`, increment: 100 / total }),
      });
    } finally {
      subscription.dispose();
    }
  });
  showOutcome(deps, title, summarize(title, 'Applied', ['change', 'changes'], results.map((r) => lineOf(r, changeLabel))));
  const changed = changes.map((c) => ({ accountKey: loaded.session.key, kind: c.source.kind, id: c.source.id }));
  refreshChanged(deps, changed, ['members', 'invitations']);
}

function confirmationDetail(loaded: LoadedPlan, problems: string): string {
  const c = countPlan(loaded.plans);
  const removals = changesOf(loaded.plans).filter((x) => x.item.op === 'remove' || x.item.op === 'revoke').map((x) => `• ${changeLabel(x)}`);
  const lines = [`${c.add} to add or invite, ${c.change} to change, ${c.remove} to remove${problems}.`];
  if (removals.length) {
    lines.push('', 'Removed (removeUnlisted: true):', ...removals.slice(0, LISTED));
    if (removals.length > LISTED) lines.push(`…and ${removals.length - LISTED} more`);
    const unsure = loaded.plans.flatMap((p) => p.notes).flatMap((n) => (n.kind === 'maybeAccepted' ? n.emails : []));
    if (unsure.length) {
      lines.push('', `${unsure.join(', ')} ${unsure.length === 1 ? 'has' : 'have'} no pending invitation: if one was accepted, that person may be removed above (GitLab does not tell whose email it is).`);
    }
  }
  return lines.join('\n');
}
