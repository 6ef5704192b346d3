/** The icon color for a membership's expiry: warning when close, error once passed. */
import { expiryState } from '../domain/expiry';
import type { NodeContext } from './node';

export function expiryColor(expiresAt: string | null, ctx: NodeContext): string | undefined {
  switch (expiryState(expiresAt, ctx.now(), ctx.warningDays())) {
    case 'soon': return 'list.warningForeground';
    case 'expired': return 'errorForeground';
    default: return undefined;
  }
}
