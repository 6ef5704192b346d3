/**
 * The bulk commands from the palette with nothing selected in the tree: a group or project (account first when
 * there are several), then several of its direct members and/or pending invitations, as the action takes them.
 */
import * as l10n from '@vscode/l10n';
import { describeExpiry } from '../../domain/expiry';
import { roleName } from '../../domain/roles';
import type { BulkAction, Selected } from '../../bulk/selection';
import type { CommandDeps } from '../support/deps';
import type { SourceContext } from '../../sources/sourceContext';
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
        label: invitation.email, description: `${invitationWord()} · ${detail(invitation.accessLevel, invitation.expiresAt)}`,
        value: { kind: 'invitation' as const, place, invitation },
      })),
    ];
  };
  const path = ctx.source.fullPath;
  const question = members && invitations ? l10n.t('Which members and invitations of {0}?', path)
    : members ? l10n.t('Which members of {0}?', path) : l10n.t('Which invitations of {0}?', path);
  return pickMany(title, question, load);
}

/** Said in a row's description before its role: the row is a pending invitation, not a member. */
const invitationWord = () => l10n.t({ message: 'invitation', comment: ['a row that is a pending invitation (not a member), before its role and expiry'] });
