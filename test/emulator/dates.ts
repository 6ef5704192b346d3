// Date helpers. Seed data uses day offsets relative to the day the emulator starts (UTC).

const DAY_MS = 86_400_000;

/** Midnight UTC of the current day, in epoch ms. */
export function todayUtcMs(now = Date.now()): number {
  const d = new Date(now);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
}

/** 'YYYY-MM-DD' for today + offset days (UTC). */
export function dateFromOffset(offsetDays: number, base = todayUtcMs()): string {
  return new Date(base + offsetDays * DAY_MS).toISOString().slice(0, 10);
}

/** ISO timestamp for today + offset days, at a fixed time of day so output is stable within a day. */
export function timestampFromOffset(offsetDays: number, base = todayUtcMs()): string {
  return new Date(base + offsetDays * DAY_MS + 9 * 3_600_000 + 30 * 60_000).toISOString().replace(/\.\d{3}Z$/, '.000Z');
}

/** Today's date as 'YYYY-MM-DD' (UTC, evaluated now). */
export function todayDate(): string {
  return dateFromOffset(0);
}

/**
 * Parses an expires_at parameter the way GitLab's Grape DateTime coercion does (date or ISO date-time).
 * Returns 'YYYY-MM-DD', null for an explicit empty value, or 'invalid'.
 */
export function parseExpiresAt(value: unknown): string | null | 'invalid' {
  if (value === null || value === '') return null;
  if (typeof value !== 'string') return 'invalid';
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][0-9:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(value.trim());
  if (!m) return 'invalid';
  const date = `${m[1]}-${m[2]}-${m[3]}`;
  const check = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(check.getTime()) || check.toISOString().slice(0, 10) !== date) return 'invalid';
  return date;
}

export function isPastDate(date: string): boolean {
  return date < todayDate();
}
