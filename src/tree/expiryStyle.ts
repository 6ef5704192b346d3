/** Row icons by state: warning colour when expiring within the configured days, error colour once expired. */
import { expiryState } from '../domain/expiry';
import type { Member } from '../gitlab/types';
import type { IconSpec, NodeContext } from './node';

export function expiryColor(expiresAt: string | null, ctx: Pick<NodeContext, 'now' | 'warningDays'>): string | undefined {
  switch (expiryState(expiresAt, ctx.now(), ctx.warningDays())) {
    case 'soon': return 'list.warningForeground';
    case 'expired': return 'errorForeground';
    default: return undefined;
  }
}

/** Blocked: `circle-slash`; awaiting approval: `watch`; otherwise `account`; coloured by expiry. */
export function memberIcon(m: Member, ctx: Pick<NodeContext, 'now' | 'warningDays'>): IconSpec {
  const color = expiryColor(m.expiresAt, ctx);
  if (m.state && m.state !== 'active') return { id: 'circle-slash', color: color ?? 'disabledForeground' };
  if (m.membershipState === 'awaiting') return { id: 'watch', color };
  return { id: m.inheritedFrom ? 'type-hierarchy-sub' : 'account', color };
}
