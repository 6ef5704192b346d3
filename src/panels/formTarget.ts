/** What the form is told about its group or project: path, type, account, and the roles on offer there. */
import { accountLabel, isTopLevel, keyOf, type SourceContext } from '../commands/sourceContext';
import { earliestExpiry } from '../domain/expiryRule';
import { assignableRoles, manageBlocker, pickDefaultRole } from '../domain/roleRules';
import type { FormTarget } from '../shared/protocol';

export async function buildFormTarget(ctx: SourceContext, now: Date): Promise<FormTarget> {
  const { source, session, callerLevel } = ctx;
  const serverVersion = await session.api.serverVersion().catch(() => undefined);
  const roles = assignableRoles({ kind: source.kind, topLevel: isTopLevel(source) }, { level: callerLevel, serverVersion });
  const notice = manageBlocker(source.kind, callerLevel, session.readOnly);
  return {
    key: keyOf(ctx),
    kind: source.kind,
    fullPath: source.fullPath,
    name: source.name,
    account: accountLabel(session),
    roles,
    defaultRole: pickDefaultRole(roles),
    minExpiry: earliestExpiry(now),
    ...(notice ? { notice } : {}),
  };
}
