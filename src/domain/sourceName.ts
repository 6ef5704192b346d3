/**
 * `group acme/platform`, `project acme/website`: how messages, tooltips, membership-file problems and plans name
 * a group or project. Pure (the membership-file bundle uses it too).
 */
import * as l10n from '@vscode/l10n';
import type { SourceKind } from '../gitlab/types';

export function sourceName(kind: SourceKind, fullPath: string): string {
  return kind === 'group' ? l10n.t('group {0}', fullPath) : l10n.t('project {0}', fullPath);
}
