/** The saved draft is read back through a schema too: state from an older version or a broken one starts empty. */
import { draftSchema as draft } from './draftSchema';
import { EMPTY_DRAFT, type InviteDraft } from './inviteDraft';

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
