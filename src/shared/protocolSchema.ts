/**
 * The shape of every protocol message, checked on arrival on both sides. One schema per message type: a new
 * type in protocol.ts fails to compile here until it has one. Parsing never throws.
 */
import { LIMITS, type FromWebview, type ToWebview } from './protocol';
import { arr, bool, int, literal, nullable, obj, oneOf, optional, str, type Checked, type Schema } from './schema';

const requestId = int(0, Number.MAX_SAFE_INTEGER);
const isoDate = str({ max: 10, pattern: /^\d{4}-\d{2}-\d{2}$/ });
const level = int(0, 1000);
const memberRoleId = optional(int(1, Number.MAX_SAFE_INTEGER));
const text = str({ max: LIMITS.text });
/** `email:<address>` or `user:<username>`. */
const reviewKey = str({ max: LIMITS.emailLength + 6, min: 7, pattern: /^(email|user):\S+$/ });
const userHit = obj({ id: int(1, Number.MAX_SAFE_INTEGER), username: str({ max: 255, min: 1 }), name: str({ max: 255 }) });

type SchemasOf<U extends { type: string }> = { readonly [K in U['type']]: Schema<Extract<U, { type: K }>> };

const fromWebview: SchemasOf<FromWebview> = {
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
    expiresAt: nullable(isoDate),
    memberRoleId,
    reviewed: optional(bool()),
    include: optional(arr(obj({ key: reviewKey, text }), LIMITS.recipients)),
  }),
  chooseTarget: obj({ type: literal('chooseTarget') }),
  showLogs: obj({ type: literal('showLogs') }),
  problem: obj({ type: literal('problem'), text }),
};

const formTarget = obj({
  key: str({ max: 1000, min: 1 }),
  kind: oneOf('group', 'project'),
  fullPath: str({ max: 1000 }),
  name: str({ max: 1000 }),
  account: str({ max: 1000 }),
  roles: arr(obj({ level, name: str({ max: 300 }), memberRoleId }), 200),
  defaultRole: level,
  minExpiry: isoDate,
  notice: optional(text),
});

export const recipientResult = obj({
  recipient: str({ max: 1000 }),
  kind: oneOf('email', 'user'),
  status: oneOf('invited', 'changed', 'updated', 'already', 'left', 'failed'),
  text,
  message: optional(text),
});

export const reviewItem = obj({ key: reviewKey, text, canInclude: bool() });

const toWebview: SchemasOf<ToWebview> = {
  target: obj({ type: literal('target'), target: nullable(formTarget) }),
  focusRecipients: obj({ type: literal('focusRecipients') }),
  searchResult: obj({ type: literal('searchResult'), requestId, users: arr(userHit, LIMITS.searchResults) }),
  searchFailed: obj({ type: literal('searchFailed'), requestId, error: text }),
  inviteResult: obj({ type: literal('inviteResult'), requestId, results: arr(recipientResult, LIMITS.recipients * 2), explanation: optional(text), note: optional(text) }),
  inviteFailed: obj({ type: literal('inviteFailed'), requestId, error: text }),
  inviteReview: obj({ type: literal('inviteReview'), requestId, items: arr(reviewItem, LIMITS.recipients), note: optional(text) }),
};

/** What the extension accepts from the webview. */
export function parseFromWebview(value: unknown): Checked<FromWebview> {
  return parseWith(fromWebview, value);
}

/** What the webview accepts from the extension. */
export function parseToWebview(value: unknown): Checked<ToWebview> {
  return parseWith(toWebview, value);
}

/** Refusals are logged (the extension's log; the webview posts them as a `problem`, which is logged), never shown. */
function parseWith<U extends { type: string }>(schemas: SchemasOf<U>, value: unknown): Checked<U> {
  try {
    // l10n-ignore: a refusal for the log, never shown
    if (typeof value !== 'object' || value === null) return { ok: false, error: 'message: not an object' };
    const type = (value as { type?: unknown }).type;
    if (typeof type !== 'string' || !Object.hasOwn(schemas, type)) {
      // l10n-ignore: a refusal for the log, never shown
      return { ok: false, error: `message: unknown type ${JSON.stringify(type)?.slice(0, 60) ?? 'undefined'}` };
    }
    return (schemas[type as U['type']] as Schema<U>)(value, type);
  } catch (err) {
    return { ok: false, error: `message: unreadable (${err instanceof Error ? err.message : String(err)})` };
  }
}

/** A short, safe description of a refused message for the log (never the whole payload). */
export function describeRefused(error: string): string {
  return `refused a malformed webview message: ${error.slice(0, 300)}`; // l10n-ignore: a log line
}
