/**
 * gitlabMembers.planMembership: what applying the membership file would change, as a read-only document
 * (diff style: `+` add or invite, `~` change, `-` remove or revoke, kept rows and problems). Changes nothing.
 */
import * as l10n from '@vscode/l10n';
import type { CommandDeps } from './support/deps';
import { renderPlan } from '../asCode/renderPlan';
import { loadMembershipPlan } from './support/membershipFile';
import { accountLabel } from '../sources/sourceContext';

export async function planMembership(deps: CommandDeps, arg?: unknown): Promise<void> {
  const loaded = await loadMembershipPlan(deps, arg, l10n.t('Plan Membership File'));
  if (!loaded) return;
  const content = renderPlan(loaded.plans, { fileName: loaded.name, account: accountLabel(loaded.session), at: new Date() });
  await deps.tools.reports.show({ title: l10n.t('Plan {0}', loaded.name), content, language: 'diff' });
}
