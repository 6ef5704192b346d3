/**
 * The values a membership file may hold, checked one at a time: roles by name, usernames, emails, expiry dates
 * and group/project paths. Each check returns the value or a sentence saying what is wrong. Pure: no YAML.
 */
import { checkExpiryInput, isRealDate } from '../domain/expiryRule';
import { AccessLevels, type AccessLevel } from '../gitlab/types';

export type Check<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string };

const ROLES: Readonly<Record<string, AccessLevel>> = {
  'minimal access': AccessLevels.MinimalAccess,
  guest: AccessLevels.Guest,
  planner: AccessLevels.Planner,
  reporter: AccessLevels.Reporter,
  developer: AccessLevels.Developer,
  maintainer: AccessLevels.Maintainer,
  owner: AccessLevels.Owner,
};

export const ROLE_NAMES = Object.keys(ROLES);

const USERNAME = /^[A-Za-z0-9_.][A-Za-z0-9_.-]*$/;
const EMAIL = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:".]{2,}$/;
const PATH_PART = '[A-Za-z0-9_.][A-Za-z0-9_.-]*';
const GROUP_PATH = new RegExp(`^${PATH_PART}(/${PATH_PART})*$`);
const PROJECT_PATH = new RegExp(`^${PATH_PART}(/${PATH_PART})+$`);

export function checkRole(value: unknown): Check<AccessLevel> {
  const name = typeof value === 'string' ? value.trim().toLowerCase().replace(/[_-]/g, ' ') : undefined;
  const level = name === undefined ? undefined : ROLES[name];
  if (level !== undefined) return { ok: true, value: level };
  const given = typeof value === 'string' || typeof value === 'number' ? `unknown role "${value}"` : 'role must be a role name';
  return { ok: false, error: `${given}: use ${ROLE_NAMES.join(', ')}` };
}

export function checkUsername(value: unknown): Check<string> {
  if (typeof value !== 'string' || !value.trim()) return { ok: false, error: 'username must be a GitLab username, like alice' };
  const name = value.trim();
  if (name.startsWith('@')) return { ok: false, error: `write the username without "@": ${name.slice(1)}` };
  return USERNAME.test(name) ? { ok: true, value: name } : { ok: false, error: `"${name}" is not a GitLab username` };
}

export function checkEmail(value: unknown): Check<string> {
  const email = typeof value === 'string' ? value.trim() : '';
  return email.length <= 254 && EMAIL.test(email) ? { ok: true, value: email } : { ok: false, error: 'email must be an email address, like someone@example.com' };
}

/**
 * Absent or null: never expires. A date must be real. One that is not after today is kept but marked as passed:
 * GitLab ends such access itself, so the caller leaves the entry out of the plan with a warning rather than
 * refusing the whole file (a file that was right yesterday must not block every other change today).
 */
export function checkExpires(value: unknown, now: Date): Check<{ readonly date: string | null; readonly passed: boolean }> {
  if (value === undefined || value === null) return { ok: true, value: { date: null, passed: false } };
  if (typeof value !== 'string') return { ok: false, error: 'expires must be a date, YYYY-MM-DD' };
  const check = checkExpiryInput(value, now);
  if (check.ok) return { ok: true, value: { date: check.value, passed: false } };
  const date = value.trim();
  return isRealDate(date) ? { ok: true, value: { date, passed: true } } : { ok: false, error: `expires: ${check.error}` };
}

export function checkSourcePath(kind: 'group' | 'project', value: unknown): Check<string> {
  const path = typeof value === 'string' ? value.trim().replace(/^\/+|\/+$/g, '') : '';
  const pattern = kind === 'group' ? GROUP_PATH : PROJECT_PATH;
  if (pattern.test(path)) return { ok: true, value: path };
  const example = kind === 'group' ? 'acme or acme/platform' : 'acme/website';
  return { ok: false, error: `"${String(value)}" is not a ${kind} path (a full path like ${example})` };
}
