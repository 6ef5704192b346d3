/**
 * The "Get Started with GitLab Members" walkthrough ticks a step off on its real event: signed in (the
 * `gitlabMembers.signedIn` key), a Members folder opened, an invitation GitLab took, a Find Access search
 * (`onCommand`). These context keys say the events happened in this window; VS Code remembers a ticked step.
 */
import * as vscode from 'vscode';
import { CONTEXT_KEYS } from '../core/ids';

export type Milestone = 'browsed' | 'invited';

const KEYS: Record<Milestone, string> = {
  browsed: CONTEXT_KEYS.browsedMembers,
  invited: CONTEXT_KEYS.invitedSomeone,
};
const reached = new Set<Milestone>();

export function reachedMilestone(milestone: Milestone): void {
  if (reached.has(milestone)) return;
  reached.add(milestone);
  void vscode.commands.executeCommand('setContext', KEYS[milestone], true);
}
