/**
 * Every message between the invite form's webview and the extension: one discriminated union per direction,
 * tagged by `type`. Requests carry a `requestId`; their reply carries the same id. Each message is defined once,
 * as the schema both sides check arrivals with (protocolSchema.ts); its type is inferred from it. Pure: no
 * vscode, no DOM. Each side handles what it receives in an exhaustive `switch`.
 */
import { arr, bool, int, literal, nullable, obj, oneOf, optional, str, variant, type Infer } from './schema';

/** Limits both sides enforce. */
export const LIMITS = {
  recipients: 1000,
  emailLength: 320,
  query: 200,
  text: 4000,
  searchResults: 100,
} as const;

const requestId = int(0, Number.MAX_SAFE_INTEGER);
const isoDate = str({ max: 10, pattern: /^\d{4}-\d{2}-\d{2}$/ });
const level = int(0, 1000);
const text = str({ max: LIMITS.text });
/** `email:<address>` or `user:<username>`, lower-cased: the chip a review item is about. */
const reviewKey = str({ max: LIMITS.emailLength + 6, min: 7, pattern: /^(email|user):\S+$/ });

const roleChoice = obj({
  level,
  name: str({ max: 300 }),
  /** A custom role of the top-level group; `level` is its base role. */
  memberRoleId: optional(int(1, Number.MAX_SAFE_INTEGER)),
});
export type RoleChoice = Infer<typeof roleChoice>;

const targetKind = oneOf('group', 'project');
export type TargetKind = Infer<typeof targetKind>;

/** The group or project the form invites to, and what may be chosen there. */
const formTarget = obj({
  /** Identifies account + group/project; sent back with `invite` so a stale form cannot invite elsewhere. */
  key: str({ max: 1000, min: 1 }),
  kind: targetKind,
  fullPath: str({ max: 1000 }),
  name: str({ max: 1000 }),
  /** `@demo on gitlab.example.com`. */
  account: str({ max: 1000 }),
  roles: arr(roleChoice, 200),
  defaultRole: level,
  /** The earliest expiry date allowed (`YYYY-MM-DD`, tomorrow). */
  minExpiry: isoDate,
  /** Why GitLab will refuse, when the extension knows it will (read-only token, role too low). */
  notice: optional(text),
});
export type FormTarget = Infer<typeof formTarget>;

const userHit = obj({ id: int(1, Number.MAX_SAFE_INTEGER), username: str({ max: 255, min: 1 }), name: str({ max: 255 }) });
export type UserHit = Infer<typeof userHit>;

/** As the API layer's InviteStatus: invited, role changed, invitation updated, nothing changed, left out, failed. */
const recipientStatus = oneOf('invited', 'changed', 'updated', 'already', 'left', 'failed');
export type RecipientStatus = Infer<typeof recipientStatus>;

export const recipientResult = obj({
  /** The email, or the username for users. */
  recipient: str({ max: 1000 }),
  kind: oneOf('email', 'user'),
  status: recipientStatus,
  /** What happened, in the words every report uses (`Role changed from Maintainer to Developer`). */
  text,
  /** GitLab's own words, when it gave any. */
  message: optional(text),
});
export type RecipientResult = Infer<typeof recipientResult>;

/** Before a send: a recipient who already holds something here, and what sending would do to them. */
export const reviewItem = obj({
  key: reviewKey,
  text,
  /** Whether it may be sent on purpose (GitLab would refuse some, and old servers change nothing). */
  canInclude: bool(),
});
export type ReviewItem = Infer<typeof reviewItem>;

/** Webview → extension. */
export const fromWebview = variant('type', {
  /** The page has loaded; `pendingInvite`: the send it still waits for (the page was reloaded meanwhile). */
  ready: obj({ type: literal('ready'), pendingInvite: optional(requestId) }),
  searchUsers: obj({ type: literal('searchUsers'), requestId, query: str({ max: LIMITS.query }) }),
  cancelSearch: obj({ type: literal('cancelSearch'), requestId }),
  invite: obj({
    type: literal('invite'),
    requestId,
    targetKey: str({ max: 1000, min: 1 }),
    emails: arr(str({ max: LIMITS.emailLength, min: 1 }), LIMITS.recipients),
    users: arr(userHit, LIMITS.recipients),
    accessLevel: level,
    /** `YYYY-MM-DD`, or null for no expiry. */
    expiresAt: nullable(isoDate),
    /** A custom role offered in `FormTarget.roles`, sent with its base level as `accessLevel`. */
    memberRoleId: optional(int(1, Number.MAX_SAFE_INTEGER)),
    /** The person has seen the review of this send (`inviteReview`): send now. */
    reviewed: optional(bool()),
    /**
     * Recipients who already have access here, ticked to be sent on purpose: each with the review's words the
     * person saw. If GitLab's state says otherwise by now, the extension reviews again instead of sending.
     */
    include: optional(arr(obj({ key: reviewKey, text }), LIMITS.recipients)),
  }),
  chooseTarget: obj({ type: literal('chooseTarget') }),
  showLogs: obj({ type: literal('showLogs') }),
  /** Something the webview refused or noticed (a malformed message, a CSP violation): for the log. */
  problem: obj({ type: literal('problem'), text }),
});
export type FromWebview = Infer<typeof fromWebview>;

/** Extension → webview. */
export const toWebview = variant('type', {
  target: obj({ type: literal('target'), target: nullable(formTarget) }),
  /** "Invite Members…" revealed the form: put the keyboard in the recipients box. */
  focusRecipients: obj({ type: literal('focusRecipients') }),
  searchResult: obj({ type: literal('searchResult'), requestId, users: arr(userHit, LIMITS.searchResults) }),
  searchFailed: obj({ type: literal('searchFailed'), requestId, error: text }),
  inviteResult: obj({
    type: literal('inviteResult'),
    requestId,
    results: arr(recipientResult, LIMITS.recipients * 2),
    /** Why GitLab refused the whole request (for a 403, with what the caller's role allows), when it did. */
    explanation: optional(text),
    /** A caution about the send (addresses GitLab would not match to a user). */
    note: optional(text),
  }),
  inviteFailed: obj({ type: literal('inviteFailed'), requestId, error: text }),
  /**
   * Nothing was sent: some recipients already have access here. The form shows each with what sending would do,
   * left out unless ticked; the next send (`reviewed`) goes.
   */
  inviteReview: obj({ type: literal('inviteReview'), requestId, items: arr(reviewItem, LIMITS.recipients), note: optional(text) }),
});
export type ToWebview = Infer<typeof toWebview>;

export type FromWebviewType = FromWebview['type'];
export type ToWebviewType = ToWebview['type'];

/** For exhaustive switches: a new message type fails to compile until it is handled. */
export function unhandled(message: never): never {
  // l10n-ignore: a programming error (a message type not handled), never reached once it compiles
  throw new Error(`unhandled message ${JSON.stringify(message)}`);
}
