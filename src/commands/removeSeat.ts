/**
 * gitlabMembers.removeSeat: takes someone out of a top-level group, its subgroups and projects in one step
 * (`DELETE billable_members/:user_id`). The confirmation lists what goes and what stays (memberships through a
 * share); GitLab removes in the background, so this waits, asking again, until the memberships are gone, then
 * reports per membership and reloads the group.
 */
import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';
import { summarize, type ReportLine } from '../bulk/summary';
import { userMessageOf } from '../domain/errors';
import { isAlreadyScheduled } from '../gitlab/seats';
import type { BillableMembership } from '../gitlab/seats';
import { awaitSeatRemoval } from '../seats/awaitSeatRemoval';
import { resolveSeat } from './pickers/pickSeat';
import { titled } from './pickers/pickSession';
import type { CommandDeps } from './support/deps';
import { personLabel } from './support/describe';
import { refreshAfterChange } from './support/refreshAfter';
import { runAction } from './support/runAction';
import { showOutcome } from './support/showOutcome';

const MAX_LISTED = 15;

function listed(rows: readonly BillableMembership[]): string {
  const lines = rows.slice(0, MAX_LISTED).map((m) => `• ${m.sourceFullName} (${m.roleName})`);
  if (rows.length > MAX_LISTED) lines.push(l10n.t('… and {0} more', rows.length - MAX_LISTED));
  return lines.join('\n');
}

export async function removeSeat(deps: CommandDeps, node?: unknown): Promise<void> {
  const title = l10n.t('Remove from Group, Subgroups and Projects');
  const target = await resolveSeat(deps, node, title);
  if (!target) return;
  const { ctx, seat } = target;
  const who = personLabel(seat);
  const group = ctx.source.fullPath;
  if (!seat.removable) {
    void vscode.window.showInformationMessage(titled(title, l10n.t('{0} takes a seat in {1} only through a share with another group: remove the share, or remove them from that group.', who, group)));
    return;
  }
  if (seat.isLastOwner) {
    void vscode.window.showWarningMessage(titled(title, l10n.t('{0} is the only Owner of {1}, and GitLab keeps a group\'s last Owner. Make someone else Owner first.', who, group)));
    return;
  }
  const api = ctx.session.api;
  const all = await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: l10n.t('Reading the memberships of {0} in {1}', who, group) },
    () => api.allBillableMemberships(ctx.source.id, seat.id));
  const goes = all.filter((m) => !m.viaShare);
  const stays = all.filter((m) => m.viaShare);
  const detail = [
    l10n.t('What goes ({0}):', goes.length), listed(goes),
    ...(stays.length ? ['', l10n.t('What stays, held through a share with another group ({0}):', stays.length), listed(stays)] : []),
    '', l10n.t('GitLab removes them in the background, usually within a minute. This waits and reloads the tree until it shows.'),
  ].join('\n');
  const remove = l10n.t({ message: 'Remove', comment: ['button: remove someone from a group, its subgroups and projects'] });
  const answer = await vscode.window.showWarningMessage(l10n.t('Remove {0} from {1}, its subgroups and projects?', who, group), { modal: true, detail }, remove);
  if (answer !== remove) return;

  const scheduled = await runAction(deps, ctx, {
    progress: l10n.t('Removing {0} from {1}, its subgroups and projects', who, group),
    doing: l10n.t({ message: 'remove {0} from {1}, its subgroups and projects', args: [who, group], comment: ['completes "Couldn\'t …: <reason>"'] }),
    affects: ['seats'],
  }, () => api.removeBillableMember(ctx.source.id, seat.id).catch((e: unknown) => {
    // Asked before (a wait that was stopped): GitLab is on it already.
    if (!isAlreadyScheduled(e)) throw e;
  }));
  if (!scheduled.ok) return;
  deps.log.info(`GitLab scheduled the removal of @${seat.username} from ${group}; waiting for it to show`);
  const state = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: l10n.t('GitLab is removing {0} from {1} in the background…', who, group), cancellable: true },
    async (progress, token) => {
      const abort = new AbortController();
      token.onCancellationRequested(() => abort.abort());
      return awaitSeatRemoval(api, ctx.source.id, seat.id, {
        signal: abort.signal,
        onCheck: (left) => progress.report({ message: l10n.t('{0} of {1} memberships left', left.length, goes.length) }),
      }).catch((error: unknown) => {
        if (abort.signal.aborted) return undefined;
        deps.log.warn(`Checking the removal of @${seat.username} from ${group} failed: ${userMessageOf(error)}`);
        return { failed: userMessageOf(error) };
      });
    },
  );
  refreshAfterChange(deps, ctx, 'row');
  const checked = state && 'left' in state ? state : undefined;
  const leftIds = new Set((checked?.left ?? goes).map((m) => m.id));
  const waitNote = checked ? l10n.t('still there after two minutes: GitLab may still be working on it, or kept a last Owner')
    : state ? l10n.t('not checked: {0}; GitLab goes on in the background', (state as { failed: string }).failed)
      : l10n.t('not checked: you stopped waiting; GitLab goes on in the background');
  const lines: ReportLine[] = [
    ...goes.map((m): ReportLine => ({ label: `${m.sourceFullName} (${m.roleName})`, ...(leftIds.has(m.id) ? { result: checked ? 'failed' : 'cancelled', note: waitNote } : { result: 'done' }) })),
    ...stays.map((m): ReportLine => ({ label: `${m.sourceFullName} (${m.roleName})`, result: 'skipped', note: l10n.t('held through a share; not removed') })),
  ];
  showOutcome(deps, l10n.t('Remove {0} from {1}', who, group), summarize(title, l10n.t('Removed {0} from', who), [l10n.t('membership'), l10n.t('memberships')], lines));
}
