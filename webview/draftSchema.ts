/**
 * What the invite form holds while someone fills it in, defined once: the schema the saved draft is read back
 * through (draftState.ts), with every type inferred from it. The last answer's rows and the review's items are
 * the protocol's own schemas.
 */
import { recipientResult, reviewItem } from '../src/shared/protocol';
import { arr, bool, int, literal, nullable, obj, optional, str, variant, type Infer } from '../src/shared/schema';

/** Why a recipient is still in the form after a send: it failed (only failures stay to be retried). */
const chipNote = obj({ status: literal('failed'), message: str({ max: 4000 }) });
export type ChipNote = Infer<typeof chipNote>;

const chip = variant('kind', {
  email: obj({ kind: literal('email'), email: str({ max: 1000 }), valid: bool(), note: optional(chipNote) }),
  user: obj({ kind: literal('user'), id: int(1, Number.MAX_SAFE_INTEGER), username: str({ max: 255 }), name: str({ max: 255 }), note: optional(chipNote) }),
});
export type Chip = Infer<typeof chip>;

/** Where a send went: the target's key (see FormTarget) and its path, which labels the results. */
const sentTo = { targetKey: str({ max: 1000, min: 1 }), fullPath: str({ max: 1000 }) };
const sentToSchema = obj(sentTo);
export type SentTo = Infer<typeof sentToSchema>;

/** GitLab's answer to a send: one row per recipient, and why the whole request was refused when it was. */
const answer = { results: arr(recipientResult, 4000), explanation: optional(str({ max: 4000 })), note: optional(str({ max: 4000 })) };
const lastSend = obj({ ...sentTo, ...answer });
export type LastSend = Infer<typeof lastSend>;
/** The fields of a LastSend without where it went. */
export type Answer = Omit<LastSend, keyof typeof sentTo>;

/** The send GitLab has not answered yet (kept so that a page reloaded meanwhile accepts the answer). */
const pendingSend = obj({
  ...sentTo,
  requestId: int(0, Number.MAX_SAFE_INTEGER),
  /** What was sent (sendSignature): a review that comes back holds for it. */
  signature: optional(str({ max: 200_000 })),
});
export type PendingSend = Infer<typeof pendingSend>;

/**
 * Before a send: recipients who already have access here, and what sending would do to each. It holds for the
 * send it was made for (`signature`); changing the recipients, role, expiry or target asks again.
 */
const review = obj({
  signature: str({ max: 200_000 }),
  items: arr(reviewItem, 2000),
  note: optional(str({ max: 4000 })),
  /** Keys of the items ticked to be sent on purpose. */
  include: arr(str({ max: 1000 }), 2000),
});
export type Review = Infer<typeof review>;

export const draftSchema = obj({
  chips: arr(chip, 2000),
  /** Text in the recipients box not yet turned into a chip. */
  typed: str({ max: 100_000 }),
  /** null: the target's default. */
  role: nullable(int(0, 1000)),
  /** With `role` as its base level: the custom role chosen, if any. */
  memberRoleId: optional(int(1, Number.MAX_SAFE_INTEGER)),
  /** `YYYY-MM-DD` or '' for no expiry. */
  expiry: str({ max: 10 }),
  /** The answer to the last send. */
  last: optional(lastSend),
  /** The send GitLab has not answered yet. */
  pending: optional(pendingSend),
  /** The last send's review, when it found recipients who already have access here. */
  review: optional(review),
  /** The group or project the recipients were gathered for; another target asks before they go there. */
  chipsFor: optional(sentToSchema),
});
export type InviteDraft = Infer<typeof draftSchema>;
