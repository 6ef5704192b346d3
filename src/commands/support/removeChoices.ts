/**
 * GitLab's remove dialog has two checkboxes (both off by default): also remove the person's direct memberships
 * in subgroups and projects (groups only), and unassign them from issues and merge requests. A VS Code modal
 * has no checkboxes, so each combination is one button of the one confirmation; Cancel is VS Code's own.
 */
import * as l10n from '@vscode/l10n';
import type { RemoveMemberOptions } from '../../gitlab/api';
import type { Source } from '../../gitlab/types';

export type RemoveChoice = Required<Pick<RemoveMemberOptions, 'skipSubresources' | 'unassignIssuables'>> & {
  readonly button: string;
};

// Functions, not constants: the language is known only once the extension is activated.
export const removeButton = () => l10n.t({ message: 'Remove', comment: ['button that removes a member (keeps their memberships below and their assignments)'] });
export const removeUnassignButton = () => l10n.t('Remove and Unassign');
export const removeBelowButton = () => l10n.t('Remove Here and Below');
export const removeBelowUnassignButton = () => l10n.t('Remove Here and Below, and Unassign');

/** The buttons for one group or project, the plain removal first (GitLab's defaults). */
export function removeChoices(source: Source): RemoveChoice[] {
  const here = [
    { button: removeButton(), skipSubresources: true, unassignIssuables: false },
    { button: removeUnassignButton(), skipSubresources: true, unassignIssuables: true },
  ];
  if (source.kind !== 'group') return here;
  return [
    ...here,
    { button: removeBelowButton(), skipSubresources: false, unassignIssuables: false },
    { button: removeBelowUnassignButton(), skipSubresources: false, unassignIssuables: true },
  ];
}

/** The modal's detail: what each button does, in the words of GitLab's dialog, and the warning about yourself. */
export function removeDetail(source: Source, self: boolean): string {
  const path = source.fullPath;
  const lines: string[] = [];
  if (self) lines.push(l10n.t('This is you: you will lose your access to {0} unless you have it another way.', path), '');
  // Each line starts with the label of a button ({0}), so that it reads as the button does.
  lines.push(source.kind === 'group'
    ? l10n.t({ message: '{0}: their direct memberships in subgroups and projects of {1} are kept, and so are their issue and merge request assignments.', args: [removeButton(), path], comment: ['{0} is the label of the Remove button'] })
    : l10n.t({ message: '{0}: their issue and merge request assignments are kept.', args: [removeButton()], comment: ['{0} is the label of the Remove button'] }));
  lines.push(l10n.t({ message: '…and Unassign: they are also unassigned from issues and merge requests in {0}.', args: [path], comment: ['explains the buttons ending in "and Unassign" (Remove and Unassign; Remove Here and Below, and Unassign)'] }));
  if (source.kind === 'group') {
    lines.push(l10n.t({ message: '{0}: their direct memberships in subgroups and projects of {1} are removed too.', args: [removeBelowButton(), path], comment: ['{0} is the label of the Remove Here and Below button'] }));
  }
  return lines.join('\n');
}
