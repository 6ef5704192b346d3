/** gitlabMembers.showLogs: open the "GitLab Members" log channel. */
import type { CommandDeps } from './support/deps';

export function showLogs(deps: CommandDeps): void {
  deps.log.show();
}
