/**
 * Every action's first step: take the tree row it was run on, or, from the palette, ask with quick picks
 * (account → group/project → member or invitation). Undefined when the person cancels, or when the action
 * changes something and the account's token is read-only (said once, here).
 */
import * as vscode from 'vscode';
import { manageBlocker } from '../../domain/roleRules';
import type { Member } from '../../gitlab/types';
import type { CommandDeps } from '../support/deps';
import { invitationOfNode, memberOfNode, sourceOfNode, type InvitationTarget, type MemberTarget } from '../support/nodeTargets';
import { withCallerLevel, type SourceContext } from '../../sources/sourceContext';
import { pickInvitation } from './pickInvitation';
import { pickMember, type MemberPickOptions } from './pickMember';
import { pickSession, readOnlyRefusal, titled } from './pickSession';
import { pickSource } from './pickSource';

export interface ResolveOptions {
  /** The action changes something: read-only accounts are not offered, and a row of one is refused. */
  readonly writes?: boolean;
}

export async function resolveSource(deps: CommandDeps, arg: unknown, title: string, opts: ResolveOptions = {}): Promise<SourceContext | undefined> {
  const fromNode = sourceOfNode(deps, arg);
  if (fromNode) return refuseReadOnly(fromNode, title, opts);
  const session = await pickSession(deps, title, opts);
  const source = session && (await pickSource(session, title));
  return session && source ? withCallerLevel(session, source) : undefined;
}

export interface MemberResolveOptions extends ResolveOptions {
  /** Which members the palette's picker offers (given the place the caller picked). */
  readonly accept?: (m: Member, ctx: SourceContext) => boolean;
  /** Offer inherited members too (the palette lists direct members by default). */
  readonly inherited?: boolean;
  /** Why nobody may be picked at the place the caller picked (said instead of an empty list, no request sent). */
  readonly refusal?: (ctx: SourceContext) => string | undefined;
}

/** A member row, or a member picked among the members of the row's (or a picked) group or project. */
export async function resolveMember(deps: CommandDeps, arg: unknown, title: string, opts: MemberResolveOptions = {}): Promise<MemberTarget | undefined> {
  const fromNode = memberOfNode(deps, arg);
  if (fromNode) return refuseReadOnly(fromNode.ctx, title, opts) && fromNode;
  const ctx = await resolveSource(deps, arg, title, opts);
  if (!ctx) return undefined;
  if (!refuseWith(opts.refusal?.(ctx), title)) return undefined;
  const pickOpts: MemberPickOptions = { inherited: opts.inherited, accept: opts.accept && ((m: Member) => opts.accept!(m, ctx)) };
  const member = await pickMember(ctx, title, pickOpts);
  return member ? { ctx, member, inherited: member.inheritedFrom !== undefined } : undefined;
}

export async function resolveInvitation(deps: CommandDeps, arg: unknown, title: string, opts: ResolveOptions = {}): Promise<InvitationTarget | undefined> {
  const fromNode = invitationOfNode(deps, arg);
  if (fromNode) return refuseReadOnly(fromNode.ctx, title, opts) && fromNode;
  const ctx = await resolveSource(deps, arg, title, opts);
  // Only those who manage members see invitations: refuse before listing them, with the reason.
  const managed = ctx && managersOnly(ctx, title);
  const invitation = managed && (await pickInvitation(managed, title));
  return managed && invitation ? { ctx: managed, invitation } : undefined;
}

/** The place when the caller's role there may manage members (or is unknown: GitLab decides); else says why. */
export function managersOnly(ctx: SourceContext, title: string): SourceContext | undefined {
  return refuseWith(manageBlocker(ctx.source.kind, ctx.callerLevel, ctx.session.readOnly), title) ? ctx : undefined;
}

/** False, having said `title: reason`, when there is a reason to refuse; true when there is none. */
function refuseWith(reason: string | undefined, title: string): boolean {
  if (!reason) return true;
  void vscode.window.showWarningMessage(titled(title, reason));
  return false;
}

/** Menus never offer a change on a read-only account's row; a keybinding or another extension still might. */
function refuseReadOnly(ctx: SourceContext, title: string, opts: ResolveOptions): SourceContext | undefined {
  if (!opts.writes || !ctx.session.readOnly) return ctx;
  void vscode.window.showInformationMessage(titled(title, readOnlyRefusal()));
  return undefined;
}
