/** What every command handler is given: the pieces activate() built. */
import type * as vscode from 'vscode';
import type { AccountStore } from '../../accounts/accountStore';
import type { Sessions } from '../../accounts/sessions';
import type { InviteForm } from '../../inviteForm/inviteFormView';
import type { Settings } from '../../core/settings';
import type { ReportDocuments } from '../../core/reportDocuments';
import type { AccessView } from '../../findAccess/accessView';
import type { ExpiringView } from '../../expiringAccess/expiringView';
import type { MembershipDiagnostics } from '../../asCode/diagnostics';
import type { MembersTreeProvider } from '../../tree/provider';

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

/** The views and documents beyond GitLab's own members page (issue 7), built once by activate(). */
export interface Tools {
  readonly reports: ReportDocuments;
  readonly access: AccessView;
  readonly expiring: ExpiringView;
  readonly diagnostics: MembershipDiagnostics;
}
