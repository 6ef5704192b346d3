/**
 * The seat an action is about: a Seats row, or (from the palette) a top-level group the caller owns and then one
 * of its seats, least active first.
 */
import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';
import { describeActivity } from '../../domain/seatActivity';
import { AccessLevels } from '../../gitlab/types';
import type { BillableMember } from '../../gitlab/seats';
import { isTopLevel, type SourceContext } from '../../sources/sourceContext';
import type { CommandDeps } from '../support/deps';
import { personLabel } from '../support/describe';
import { sourceOfNode } from '../support/nodeTargets';
import { titled } from './pickSession';
import { resolveSource } from './resolve';

export interface SeatTarget {
  readonly ctx: SourceContext;
  readonly seat: BillableMember;
}

function seatOfNode(deps: CommandDeps, node: unknown): SeatTarget | undefined {
  const seat = (node as { seat?: BillableMember } | undefined)?.seat;
  if (typeof seat !== 'object' || seat === null || typeof seat.id !== 'number' || typeof seat.removable !== 'boolean') return undefined;
  const ctx = sourceOfNode(deps, node);
  return ctx && { ctx, seat };
}

/** Why seats of this place cannot be listed by the caller, or undefined. */
function seatsBlocker(ctx: SourceContext): string | undefined {
  if (!isTopLevel(ctx.source)) return l10n.t('Seats belong to a top-level group; {0} is not one.', ctx.source.fullPath);
  if (ctx.callerLevel !== undefined && ctx.callerLevel < AccessLevels.Owner) return l10n.t('Only Owners of {0} see its seats; your role there does not allow it.', ctx.source.fullPath);
  return undefined;
}

export async function resolveSeat(deps: CommandDeps, node: unknown, title: string): Promise<SeatTarget | undefined> {
  const fromRow = seatOfNode(deps, node);
  if (fromRow) return fromRow;
  const ctx = await resolveSource(deps, node, title, { writes: true });
  if (!ctx) return undefined;
  const blocker = seatsBlocker(ctx);
  if (blocker) {
    void vscode.window.showWarningMessage(titled(title, blocker));
    return undefined;
  }
  const page = await ctx.session.api.listBillableMembers(ctx.source.id, { perPage: 100, sort: 'last_activity_on_asc' });
  const now = new Date();
  const picked = await vscode.window.showQuickPick(
    // Only seats GitLab can take out: not those held only through a share, not the group's only Owner.
    page.items.filter((seat) => seat.removable && seat.isLastOwner !== true).map((seat) => ({ label: personLabel(seat), description: describeActivity(seat.lastActivityOn, now), seat })),
    {
      title, matchOnDescription: true,
      placeHolder: page.nextPage === null ? l10n.t('Whose seat in {0}? (least active first)', ctx.source.fullPath)
        : l10n.t('Whose seat in {0}? (the {1} least active of {2}; the Seats folder\'s filter finds the others)', ctx.source.fullPath, page.items.length, page.total ?? '10,000+'),
    },
  );
  return picked && { ctx, seat: picked.seat };
}
