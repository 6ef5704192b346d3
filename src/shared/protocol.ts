/**
 * Every message between the invite form's webview and the extension: one discriminated union per direction,
 * tagged by `type`. Requests carry a `requestId`; their reply carries the same id. Pure: no vscode, no DOM.
 * Each side validates what it receives with protocolSchema.ts and handles it in an exhaustive `switch`.
 */

export type TargetKind = 'group' | 'project';

export interface RoleChoice {
  readonly level: number;
  readonly name: string;
  /** A custom role of the top-level group; `level` is its base role. */
  readonly memberRoleId?: number;
}

/** The group or project the form invites to, and what may be chosen there. */
export interface FormTarget {
  /** Identifies account + group/project; sent back with `invite` so a stale form cannot invite elsewhere. */
  readonly key: string;
  readonly kind: TargetKind;
  readonly fullPath: string;
  readonly name: string;
  /** `@demo on gitlab.example.com`. */
  readonly account: string;
  readonly roles: readonly RoleChoice[];
  readonly defaultRole: number;
  /** The earliest expiry date allowed (`YYYY-MM-DD`, tomorrow). */
  readonly minExpiry: string;
  /** Why GitLab will refuse, when the extension knows it will (read-only token, role too low). */
  readonly notice?: string;
}

export interface UserHit {
  readonly id: number;
  readonly username: string;
  readonly name: string;
}

/** As the API layer's InviteStatus: invited, role changed, invitation updated, nothing changed, left out, failed. */
export type RecipientStatus = 'invited' | 'changed' | 'updated' | 'already' | 'left' | 'failed';

export interface RecipientResult {
  /** The email, or the username for users. */
  readonly recipient: string;
  readonly kind: 'email' | 'user';
  readonly status: RecipientStatus;
  /** What happened, in the words every report uses (`Role changed from Maintainer to Developer`). */
  readonly text: string;
  /** GitLab's own words, when it gave any. */
  readonly message?: string;
}

/** Before a send: a recipient who already holds something here, and what sending would do to them. */
export interface ReviewItem {
  /** `email:<address>` or `user:<username>`, lower-cased: the chip it is about. */
  readonly key: string;
  readonly text: string;
  /** Whether it may be sent on purpose (GitLab would refuse some, and old servers change nothing). */
  readonly canInclude: boolean;
}

/** Webview → extension. */
export type FromWebview =
  /** The page has loaded; `pendingInvite`: the send it still waits for (the page was reloaded meanwhile). */
  | { readonly type: 'ready'; readonly pendingInvite?: number }
  | { readonly type: 'searchUsers'; readonly requestId: number; readonly query: string }
  | { readonly type: 'cancelSearch'; readonly requestId: number }
  | {
      readonly type: 'invite';
      readonly requestId: number;
      readonly targetKey: string;
      readonly emails: readonly string[];
      readonly users: readonly UserHit[];
      readonly accessLevel: number;
      /** `YYYY-MM-DD`, or null for no expiry. */
      readonly expiresAt: string | null;
      /** A custom role offered in `FormTarget.roles`, sent with its base level as `accessLevel`. */
      readonly memberRoleId?: number;
      /** The person has seen the review of this send (`inviteReview`): send now. */
      readonly reviewed?: boolean;
      /**
       * Recipients who already have access here, ticked to be sent on purpose: each with the review's words the
       * person saw. If GitLab's state says otherwise by now, the extension reviews again instead of sending.
       */
      readonly include?: ReadonlyArray<Pick<ReviewItem, 'key' | 'text'>>;
    }
  | { readonly type: 'chooseTarget' }
  | { readonly type: 'showLogs' }
  /** Something the webview refused or noticed (a malformed message, a CSP violation): for the log. */
  | { readonly type: 'problem'; readonly text: string };

/** Extension → webview. */
export type ToWebview =
  | { readonly type: 'target'; readonly target: FormTarget | null }
  /** "Invite Members…" revealed the form: put the keyboard in the recipients box. */
  | { readonly type: 'focusRecipients' }
  | { readonly type: 'searchResult'; readonly requestId: number; readonly users: readonly UserHit[] }
  | { readonly type: 'searchFailed'; readonly requestId: number; readonly error: string }
  | {
      readonly type: 'inviteResult';
      readonly requestId: number;
      readonly results: readonly RecipientResult[];
      /** Why GitLab refused the whole request (for a 403, with what the caller's role allows), when it did. */
      readonly explanation?: string;
      /** A caution about the send (addresses GitLab would not match to a user). */
      readonly note?: string;
    }
  | { readonly type: 'inviteFailed'; readonly requestId: number; readonly error: string }
  /**
   * Nothing was sent: some recipients already have access here. The form shows each with what sending would do,
   * left out unless ticked; the next send (`reviewed`) goes.
   */
  | { readonly type: 'inviteReview'; readonly requestId: number; readonly items: readonly ReviewItem[]; readonly note?: string };

export type FromWebviewType = FromWebview['type'];
export type ToWebviewType = ToWebview['type'];

/** Limits both sides enforce. */
export const LIMITS = {
  recipients: 1000,
  emailLength: 320,
  query: 200,
  text: 4000,
  searchResults: 100,
} as const;

/** For exhaustive switches: a new message type fails to compile until it is handled. */
export function unhandled(message: never): never {
  // l10n-ignore: a programming error (a message type not handled), never reached once it compiles
  throw new Error(`unhandled message ${JSON.stringify(message)}`);
}
