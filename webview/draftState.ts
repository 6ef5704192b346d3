/** The saved draft is read back through a schema too: state from an older version or a broken one starts empty. */
import { EMPTY_DRAFT, type InviteDraft } from './inviteDraft';
import { recipientResult, reviewItem } from '../src/shared/protocolSchema';
import { arr, bool, int, literal, nullable, obj, optional, str, type Schema } from '../src/shared/schema';

const note = optional(obj({ status: literal('failed'), message: str({ max: 4000 }) }));
const chip: Schema<InviteDraft['chips'][number]> = (value, path) => {
  const kind = (value as { kind?: unknown } | null)?.kind;
  return kind === 'user'
    ? obj({ kind: literal('user'), id: int(1, Number.MAX_SAFE_INTEGER), username: str({ max: 255 }), name: str({ max: 255 }), note })(value, path)
    : obj({ kind: literal('email'), email: str({ max: 1000 }), valid: bool(), note })(value, path);
};

const draft = obj({
  chips: arr(chip, 2000),
  typed: str({ max: 100_000 }),
  role: nullable(int(0, 1000)),
  memberRoleId: optional(int(1, Number.MAX_SAFE_INTEGER)),
  expiry: str({ max: 10 }),
  last: optional(obj({
    targetKey: str({ max: 1000, min: 1 }),
    fullPath: str({ max: 1000 }),
    results: arr(recipientResult, 4000),
    explanation: optional(str({ max: 4000 })),
    note: optional(str({ max: 4000 })),
  })),
  pending: optional(obj({ requestId: int(0, Number.MAX_SAFE_INTEGER), targetKey: str({ max: 1000, min: 1 }), fullPath: str({ max: 1000 }), signature: optional(str({ max: 200_000 })) })),
  chipsFor: optional(obj({ targetKey: str({ max: 1000, min: 1 }), fullPath: str({ max: 1000 }) })),
  review: optional(obj({
    signature: str({ max: 200_000 }),
    items: arr(reviewItem, 2000),
    note: optional(str({ max: 4000 })),
    include: arr(str({ max: 1000 }), 2000),
  })),
});

export function parseDraft(saved: unknown): InviteDraft {
  if (saved === undefined || saved === null) return EMPTY_DRAFT;
  const checked = draft(saved, 'draft');
  if (checked.ok) return checked.value;
  // A draft an older version saved: keep what was typed (recipients, role, expiry), drop results and notes.
  const kept = draft(typedPart(saved), 'draft');
  // l10n-ignore: a console line for developers, not shown in the form
  console.warn(`invite form: ${kept.ok ? 'kept only the recipients of' : 'ignoring'} the saved draft (${checked.error})`);
  return kept.ok ? kept.value : EMPTY_DRAFT;
}

function typedPart(saved: unknown): unknown {
  if (typeof saved !== 'object' || saved === null) return saved;
  const { chips, typed, role, memberRoleId, expiry } = saved as Record<string, unknown>;
  const bare = Array.isArray(chips) ? chips.map((c) => (c && typeof c === 'object' ? { ...(c as object), note: undefined } : c)) : chips;
  return JSON.parse(JSON.stringify({ chips: bare, typed, role, memberRoleId, expiry }));
}
