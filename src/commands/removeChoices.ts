/**
 * GitLab's remove dialog has two checkboxes (both off by default): also remove the person's direct memberships
 * in subgroups and projects (groups only), and unassign them from issues and merge requests. A VS Code modal
 * has no checkboxes, so each combination is one button of the one confirmation; Cancel is VS Code's own.
 */
import type { RemoveMemberOptions } from '../gitlab/api';
import type { Source } from '../gitlab/types';

export type RemoveChoice = Required<Pick<RemoveMemberOptions, 'skipSubresources' | 'unassignIssuables'>> & {
  readonly button: string;
};

export const REMOVE_BUTTON = 'Remove';
export const REMOVE_UNASSIGN_BUTTON = 'Remove and Unassign';
export const REMOVE_BELOW_BUTTON = 'Remove Here and Below';
export const REMOVE_BELOW_UNASSIGN_BUTTON = 'Remove Here and Below, and Unassign';

/** The buttons for one group or project, the plain removal first (GitLab's defaults). */
export function removeChoices(source: Source): RemoveChoice[] {
  const here = [
    { button: REMOVE_BUTTON, skipSubresources: true, unassignIssuables: false },
    { button: REMOVE_UNASSIGN_BUTTON, skipSubresources: true, unassignIssuables: true },
  ];
  if (source.kind !== 'group') return here;
  return [
    ...here,
    { button: REMOVE_BELOW_BUTTON, skipSubresources: false, unassignIssuables: false },
    { button: REMOVE_BELOW_UNASSIGN_BUTTON, skipSubresources: false, unassignIssuables: true },
  ];
}

/** The modal's detail: what each button does, in the words of GitLab's dialog, and the warning about yourself. */
export function removeDetail(source: Source, self: boolean): string {
  const path = source.fullPath;
  const lines: string[] = [];
  if (self) lines.push(`This is you: you will lose your access to ${path} unless you have it another way.`, '');
  lines.push(source.kind === 'group'
    ? `${REMOVE_BUTTON}: their direct memberships in subgroups and projects of ${path} are kept, and so are their issue and merge request assignments.`
    : `${REMOVE_BUTTON}: their issue and merge request assignments are kept.`);
  lines.push(`…and Unassign: they are also unassigned from issues and merge requests in ${path}.`);
  if (source.kind === 'group') lines.push(`${REMOVE_BELOW_BUTTON}: their direct memberships in subgroups and projects of ${path} are removed too.`);
  return lines.join('\n');
}
