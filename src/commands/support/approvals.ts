/**
 * Approvals live on the top-level group: GitLab lists everyone awaiting an Owner's approval anywhere below it
 * there (`pending_members`, which also lists already approved invitations: only `approved === false` count).
 */
import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';
import { rootGroupPath } from '../../domain/memberLinks';
import { awaitingOnly } from '../../domain/pending';
import type { PendingMember } from '../../gitlab/types';
import { personLabel } from './describe';
import { managersOnly } from '../pickers/resolve';
import { isTopLevel, withCallerLevel, type SourceContext } from '../../sources/sourceContext';

/** The top-level group above (or at) the source; undefined for a project in a personal namespace. */
export async function approvalContext(ctx: SourceContext): Promise<SourceContext | undefined> {
  if (isTopLevel(ctx.source)) return ownerOnly(ctx);
  if (ctx.source.kind === 'project' && ctx.source.namespace.kind === 'user') {
    void vscode.window.showInformationMessage(l10n.t('{0} is a personal project: nobody there awaits approval.', ctx.source.fullPath));
    return undefined;
  }
  const root = await ctx.session.api.getGroup(rootGroupPath(ctx.source.fullPath));
  return ownerOnly(await withCallerLevel(ctx.session, root));
}

/** Approving is for the top-level group's Owners: anyone else is told why before anything is listed or sent. */
function ownerOnly(root: SourceContext): SourceContext | undefined {
  return managersOnly(root, l10n.t('Approving members of {0}', root.source.fullPath));
}

/** Everyone awaiting approval under the top-level group, all pages. */
export async function listAwaiting(root: SourceContext): Promise<PendingMember[]> {
  const rows: PendingMember[] = [];
  for (let page: number | null = 1; page !== null;) {
    const result = await root.session.api.listPendingMembers(root.source.id, { page });
    rows.push(...awaitingOnly(result.items));
    page = result.nextPage !== null && result.nextPage > page ? result.nextPage : null;
  }
  return rows;
}

export async function pickPending(rows: readonly PendingMember[], title: string): Promise<PendingMember | undefined> {
  const picked = await vscode.window.showQuickPick(
    rows.map((pending) => ({ label: personLabel(pending), description: pending.invited ? l10n.t({ message: 'invitation', comment: ['kind of a row awaiting approval: an email invitation'] }) : l10n.t({ message: 'user', comment: ['kind of a row awaiting approval: a GitLab user'] }), pending })),
    { title, placeHolder: l10n.t('Who should be approved?'), ignoreFocusOut: true },
  );
  return picked?.pending;
}
