/**
 * Every action's first step: take the tree row it was run on, or, from the palette, ask with quick picks
 * (account → group/project → member or invitation). Undefined when the person cancels.
 */
import type { Member } from '../../gitlab/types';
import type { CommandDeps } from '../deps';
import { invitationOfNode, memberOfNode, sourceOfNode, type InvitationTarget, type MemberTarget } from '../nodeTargets';
import { withCallerLevel, type SourceContext } from '../sourceContext';
import { pickInvitation } from './pickInvitation';
import { pickMember } from './pickMember';
import { pickSession } from './pickSession';
import { pickSource } from './pickSource';

export async function resolveSource(deps: CommandDeps, arg: unknown, title: string): Promise<SourceContext | undefined> {
  const fromNode = sourceOfNode(deps, arg);
  if (fromNode) return fromNode;
  const session = await pickSession(deps, title);
  const source = session && (await pickSource(session, title));
  return session && source ? withCallerLevel(session, source) : undefined;
}

/** A member row, or a member picked among the direct members of the row's (or a picked) group or project. */
export async function resolveMember(deps: CommandDeps, arg: unknown, title: string, accept?: (m: Member) => boolean): Promise<MemberTarget | undefined> {
  const fromNode = memberOfNode(deps, arg);
  if (fromNode) return fromNode;
  const ctx = await resolveSource(deps, arg, title);
  const member = ctx && (await pickMember(ctx, title, accept));
  return ctx && member ? { ctx, member, inherited: member.inheritedFrom !== undefined } : undefined;
}

export async function resolveInvitation(deps: CommandDeps, arg: unknown, title: string): Promise<InvitationTarget | undefined> {
  const fromNode = invitationOfNode(deps, arg);
  if (fromNode) return fromNode;
  const ctx = await resolveSource(deps, arg, title);
  const invitation = ctx && (await pickInvitation(ctx, title));
  return ctx && invitation ? { ctx, invitation } : undefined;
}
