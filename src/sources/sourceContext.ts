/**
 * The group or project an action works on: which account, which source, and the caller's role there.
 * Built from a tree node or from palette pickers; every action and the invite form take one.
 */
import * as l10n from '@vscode/l10n';
import { hostOf } from '../accounts/account';
import type { AccountSession } from '../accounts/sessions';
import type { ActionPlace } from '../domain/actionErrors';
import { canManageMember } from '../domain/permissions';
import type { AccessLevel, Source, SourceRef } from '../gitlab/types';

export interface SourceContext {
  readonly session: AccountSession;
  readonly source: Source;
  /** The caller's effective role there; undefined when none or unknown. */
  readonly callerLevel: AccessLevel | undefined;
}

export function refOf(ctx: SourceContext): SourceRef {
  return { kind: ctx.source.kind, id: ctx.source.id };
}

export function placeOf(ctx: SourceContext): ActionPlace {
  return { kind: ctx.source.kind, fullPath: ctx.source.fullPath, callerLevel: ctx.callerLevel };
}

/** Identifies account + group/project, e.g. for the form's target. */
export function keyOf(ctx: SourceContext): string {
  return `${ctx.session.key}|${ctx.source.kind}:${ctx.source.id}`;
}

/** `@demo on gitlab.example.com`. */
export function accountLabel(session: AccountSession): string {
  return l10n.t({ message: '@{0} on {1}', args: [session.account.username, hostOf(session.account.instanceUrl)], comment: ['an account: username on a GitLab server, e.g. @demo on gitlab.example.com'] });
}

export function isTopLevel(source: Source): boolean {
  return source.kind === 'group' && source.parentId === null;
}

/** Asks GitLab for the caller's role when the tree did not know it; a failure counts as unknown. */
export async function withCallerLevel(session: AccountSession, source: Source, known?: AccessLevel): Promise<SourceContext> {
  if (known !== undefined) return { session, source, callerLevel: known };
  let callerLevel: AccessLevel | undefined;
  try {
    callerLevel = await session.api.myAccessLevel({ kind: source.kind, id: source.id });
  } catch {
    callerLevel = undefined;
  }
  return { session, source, callerLevel };
}

/**
 * Whether the caller may change or remove this direct member here (GitLab's rules, see permissions.ts). An
 * unknown role (an administrator, or a failed look-up) is left to GitLab to decide.
 */
export function mayChangeMember(ctx: SourceContext, member: { readonly accessLevel: AccessLevel }): boolean {
  if (ctx.session.readOnly) return false;
  if (ctx.callerLevel === undefined) return true;
  return canManageMember(ctx.source.kind, { level: ctx.callerLevel, readOnly: false }, { accessLevel: member.accessLevel, inherited: false });
}
