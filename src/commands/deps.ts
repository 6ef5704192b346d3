/** What every command handler is given: the pieces activate() built. */
import type * as vscode from 'vscode';
import type { AccountStore } from '../accounts/accountStore';
import type { Sessions } from '../accounts/sessions';
import type { InviteForm } from '../panels/inviteFormView';
import type { Settings } from '../settings';
import type { Tools } from '../tools';
import type { MembersTreeProvider } from '../tree/provider';

export interface CommandDeps {
  readonly store: AccountStore;
  readonly sessions: Sessions;
  readonly tree: MembersTreeProvider;
  readonly log: vscode.LogOutputChannel;
  readonly settings: () => Settings;
  /** The invite form under the tree (issue 5). */
  readonly inviteForm: InviteForm;
  /** Reports, the Find Access and Expiring Access views, membership-file problems (issue 7). */
  readonly tools: Tools;
}
