/**
 * The bulk commands from the palette with nothing selected in the tree: a group or project (account first when
 * there are several), then several of its direct members and/or pending invitations, as the action takes them.
 */
import { describeExpiry } from '../../domain/expiry';
import { roleName } from '../../domain/roles';
import type { BulkAction, Selected } from '../../bulk/selection';
import type { CommandDeps } from '../deps';
import type { SourceContext } from '../sourceContext';
import { pickMany, type ManyItem } from './pickMany';
import { managersOnly, resolveSource } from './resolve';

export async function pickBulkRows<P extends Selected['place']>(
  deps: CommandDeps, action: BulkAction, title: string, placeOf: (ctx: SourceContext) => P,
): Promise<Array<Selected<P>> | undefined> {
  const picked = await resolveSource(deps, undefined, title, { writes: true });
  const ctx = picked && managersOnly(picked, title);
  if (!ctx) return undefined;
  const place = placeOf(ctx);
  const members = action !== 'revoke';
  const invitations = action !== 'remove';
  const noun = members && invitations ? 'members and invitations' : members ? 'members' : 'invitations';
  const now = new Date();
  const detail = (level: number, expiresAt: string | null) => [roleName(level), describeExpiry(expiresAt, now)].filter(Boolean).join(' · ');
  const load = async (signal: AbortSignal): Promise<Array<ManyItem<Selected<P>>>> => {
    const [m, i] = await Promise.all([
      members ? ctx.session.api.allMembers(ctx.source, {}, { signal }) : Promise.resolve([]),
      invitations ? ctx.session.api.allInvitations({ kind: ctx.source.kind, id: ctx.source.id }, { signal }) : Promise.resolve([]),
    ]);
    return [
      ...m.map((member) => ({
        label: member.name || member.username, description: `@${member.username} · ${detail(member.accessLevel, member.expiresAt)}`,
        value: { kind: 'member' as const, place, member },
      })),
      ...i.map((invitation) => ({
        label: invitation.email, description: `invitation · ${detail(invitation.accessLevel, invitation.expiresAt)}`,
        value: { kind: 'invitation' as const, place, invitation },
      })),
    ];
  };
  return pickMany(title, `Which ${noun} of ${ctx.source.fullPath}?`, load);
}
