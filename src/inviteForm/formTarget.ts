/** What the form is told about its group or project: path, type, account, and the roles on offer there. */
import { accountLabel, keyOf, type SourceContext } from '../sources/sourceContext';
import { earliestExpiry } from '../domain/expiryRule';
import { manageBlocker, pickDefaultRole } from '../domain/roleRules';
import { offeredRoles } from '../sources/customRoles';
import type { FormTarget } from '../shared/protocol';

export async function buildFormTarget(ctx: SourceContext, now: Date): Promise<FormTarget> {
  const { source, session, callerLevel } = ctx;
  const roles = (await offeredRoles(ctx)).options;
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
