/**
 * What an action needs from the tree row it was run on: the account, the group or project (the row's own, or
 * the nearest one above it), the caller's role there, and the member, invitation or pending row itself.
 * Read by shape (`source`, `access`, `session`, `member`, …) so any row kind that carries them works.
 * Undefined when the command was run from the palette.
 */
import type { AccountSession } from '../../accounts/sessions';
import type { AccessLevel, Invitation, Member, PendingMember, Source } from '../../gitlab/types';
import { AccountNode } from '../../tree/accountNode';
import type { CommandDeps } from './deps';
import type { SourceContext } from '../../sources/sourceContext';

export interface MemberTarget {
  readonly ctx: SourceContext;
  readonly member: Member;
  /** Held in an ancestor group (or a shared group), not here. */
  readonly inherited: boolean;
}

export interface InvitationTarget {
  readonly ctx: SourceContext;
  readonly invitation: Invitation;
}

export interface PendingTarget {
  readonly ctx: SourceContext;
  readonly pending: PendingMember;
}

interface RowShape {
  readonly parent?: RowShape;
  readonly source?: unknown;
  readonly group?: unknown;
  readonly project?: unknown;
  readonly access?: { readonly level?: unknown };
  readonly level?: unknown;
  readonly session?: unknown;
  readonly member?: unknown;
  readonly invitation?: unknown;
  readonly pending?: unknown;
}

/** The group or project of a row, with the caller's role there as the tree knows it. */
export function sourceOfNode(deps: CommandDeps, node: unknown): SourceContext | undefined {
  const chain = ancestry(node);
  const source = chain.map(sourceOf).find((s) => s !== undefined);
  const session = sessionOf(deps, chain);
  if (!source || !session) return undefined;
  const sameSource = chain.filter((n) => sourceOf(n)?.fullPath === source.fullPath);
  const callerLevel = sameSource.map(levelOf).find((l) => l !== undefined);
  return { session, source, callerLevel };
}

export function memberOfNode(deps: CommandDeps, node: unknown): MemberTarget | undefined {
  const member = (node as RowShape | undefined)?.member as Member | undefined;
  if (!isRecord(member) || typeof member.id !== 'number' || typeof member.username !== 'string') return undefined;
  const ctx = sourceOfNode(deps, node);
  return ctx && { ctx, member, inherited: member.inheritedFrom !== undefined };
}

export function invitationOfNode(deps: CommandDeps, node: unknown): InvitationTarget | undefined {
  const invitation = (node as RowShape | undefined)?.invitation as Invitation | undefined;
  if (!isRecord(invitation) || typeof invitation.email !== 'string') return undefined;
  const ctx = sourceOfNode(deps, node);
  return ctx && { ctx, invitation };
}

export function pendingOfNode(deps: CommandDeps, node: unknown): PendingTarget | undefined {
  const pending = (node as RowShape | undefined)?.pending as PendingMember | undefined;
  if (!isRecord(pending) || typeof pending.id !== 'number' || typeof pending.approved !== 'boolean') return undefined;
  const ctx = sourceOfNode(deps, node);
  return ctx && { ctx, pending };
}

function ancestry(node: unknown): RowShape[] {
  const chain: RowShape[] = [];
  for (let n = node as RowShape | undefined; typeof n === 'object' && n !== null && chain.length < 50; n = n.parent) chain.push(n);
  return chain;
}

function sessionOf(deps: CommandDeps, chain: readonly RowShape[]): AccountSession | undefined {
  for (const n of chain) {
    if (n instanceof AccountNode) return deps.sessions.forAccount(n.account);
    const session = n.session as AccountSession | undefined;
    if (isRecord(session) && isRecord(session.account) && typeof session.key === 'string') return session;
  }
  return undefined;
}

function sourceOf(n: RowShape): Source | undefined {
  return [n.source, n.group, n.project].find(isSource);
}

function levelOf(n: RowShape): AccessLevel | undefined {
  const level = isRecord(n.access) ? n.access.level : n.level;
  return typeof level === 'number' ? level : undefined;
}

function isSource(value: unknown): value is Source {
  return isRecord(value) && (value.kind === 'group' || value.kind === 'project') && typeof value.fullPath === 'string'
    && typeof value.id === 'number' && typeof value.webUrl === 'string';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
