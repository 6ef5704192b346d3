/** An offboarding plan in words: the confirmation's text, and the per-row report lines. Pure. */
import * as l10n from '@vscode/l10n';
import type { ReportLine } from '../bulk/summary';
import type { ItemResult } from '../bulk/runItems';
import { roleName } from '../domain/roles';
import type { AccessHit } from '../findAccess/searchAccess';
import type { OffboardPlan, PlanRow } from './planOffboarding';
import type { RemoveRow } from './runOffboarding';

const MAX_LINES = 12;

export function hitLabel(hit: AccessHit): string {
  return hit.kind === 'member'
    ? l10n.t('{0} ({1})', hit.source.fullPath, roleName(hit.member.accessLevel))
    : l10n.t('{0} (invitation of {1} as {2})', hit.source.fullPath, hit.invitation.email, roleName(hit.invitation.accessLevel));
}

function bullets(lines: readonly string[]): string[] {
  const shown = lines.slice(0, MAX_LINES).map((l) => `• ${l}`);
  return lines.length > MAX_LINES ? [...shown, l10n.t('… and {0} more', lines.length - MAX_LINES)] : shown;
}

const inheritedText = (hit: AccessHit) => (hit.kind === 'member' && hit.member.inheritedFrom?.fullPath
  ? l10n.t('{0}: inherited from {1}, goes or stays with it', hit.source.fullPath, hit.member.inheritedFrom.fullPath)
  : l10n.t('{0}: through a share with another group, stays unless removed there', hit.source.fullPath));

/** The confirmation's detail: what goes, what stays and why, inherited access, and what GitLab does below. */
export function planDetail(plan: OffboardPlan): string {
  const goes = plan.rows.filter((r): r is RemoveRow => r.action === 'remove');
  const stays = plan.rows.filter((r): r is Extract<PlanRow, { action: 'keep' }> => r.action === 'keep');
  const roots = [...new Set(goes.flatMap((r) => (r.root ? [r.root.fullPath] : [])))];
  const out = [l10n.t('What goes ({0}):', goes.length), ...bullets(goes.map((r) => hitLabel(r.hit)))];
  if (stays.length) out.push('', l10n.t('What stays, and why ({0}):', stays.length), ...bullets(stays.map((r) => `${hitLabel(r.hit)}: ${r.reason}`)));
  if (plan.inherited.length) out.push('', l10n.t('Inherited access ({0}):', plan.inherited.length), ...bullets(plan.inherited.map(inheritedText)));
  out.push('');
  if (roots.length) out.push(l10n.t('In {0}, which you own, GitLab removes every membership of theirs in its subgroups and projects at once, in the background (usually within a minute).', roots.join(', ')));
  out.push(l10n.t('Every other membership is removed on its own; memberships in subgroups and projects that are not listed are not touched.'));
  return out.join('\n');
}

/** The report: every removal's result, then what stayed and the inherited access, as skipped rows with the reason. */
export function reportLines(results: readonly ItemResult<RemoveRow>[], plan: OffboardPlan): ReportLine[] {
  return [
    ...results.map((r): ReportLine => ({ label: hitLabel(r.item.hit), result: r.status, ...(r.error ? { note: r.error } : {}) })),
    ...plan.rows.flatMap((r): ReportLine[] => (r.action === 'keep' ? [{ label: hitLabel(r.hit), result: 'skipped', note: r.reason }] : [])),
    ...plan.inherited.map((hit): ReportLine => ({ label: hitLabel(hit), result: 'skipped', note: inheritedText(hit) })),
  ];
}
