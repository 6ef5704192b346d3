/** Where an inherited membership is held, in words: the tree's rows and tooltips, Find Access, exports. */
import * as l10n from '@vscode/l10n';
import type { MembershipSource } from '../gitlab/types';

/** `inherited from acme`, `through the share of acme/design with partner-co`, or `inherited (shared group)` when GitLab did not say where. */
export function inheritedText(from: MembershipSource): string {
  if (from.kind === 'share' && from.fullPath) return l10n.t('through the share of {0} with {1}', from.sharedFrom ?? '', from.fullPath);
  return from.fullPath ? l10n.t('inherited from {0}', from.fullPath) : l10n.t('inherited (shared group)');
}

/**
 * A row's short form: `from Platform` (the name the tree shows for that group above the row), else `from
 * acme/platform`; `from partner-co (share)` for a share; `from a shared group` when GitLab did not say where.
 * The tooltip has the full path.
 */
export function sourceText(from: MembershipSource, shownName?: string): string {
  if (!from.fullPath) return l10n.t('from a shared group');
  if (from.kind === 'share') return l10n.t({ message: 'from {0} (share)', args: [from.fullPath], comment: ['an inherited membership held in a group this place is shared with'] });
  return l10n.t({ message: 'from {0}', args: [shownName ?? from.fullPath], comment: ['where an inherited membership comes from: "from Platform" (a group)'] });
}
