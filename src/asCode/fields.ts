/**
 * The values a membership file may hold, checked one at a time: roles by name, usernames, emails, expiry dates
 * and group/project paths. Each check returns the value or a sentence saying what is wrong. Pure: no YAML.
 */
import * as l10n from '@vscode/l10n';
import { checkExpiryInput } from '../domain/expiryRule';
import { isRealDate } from '../shared/dates';
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
  const names = ROLE_NAMES.join(', ');
  const error = typeof value === 'string' || typeof value === 'number'
    ? l10n.t('unknown role "{value}": use {names}', { value: String(value), names })
    : l10n.t('{key} must be a role name: use {names}', { key: 'role', names });
  return { ok: false, error };
}

export function checkUsername(value: unknown): Check<string> {
  if (typeof value !== 'string' || !value.trim()) return { ok: false, error: l10n.t('{key} must be a GitLab username, like alice', { key: 'username' }) };
  const name = value.trim();
  if (name.startsWith('@')) return { ok: false, error: l10n.t('write the username without "@": {0}', name.slice(1)) };
  return USERNAME.test(name) ? { ok: true, value: name } : { ok: false, error: l10n.t('"{0}" is not a GitLab username', name) };
}

export function checkEmail(value: unknown): Check<string> {
  const email = typeof value === 'string' ? value.trim() : '';
  return email.length <= 254 && EMAIL.test(email)
    ? { ok: true, value: email }
    : { ok: false, error: l10n.t('{key} must be an email address, like someone@example.com', { key: 'email' }) };
}

/**
 * Absent or null: never expires. A date must be real. One that is not after today is kept but marked as passed:
 * GitLab ends such access itself, so the caller leaves the entry out of the plan with a warning rather than
 * refusing the whole file (a file that was right yesterday must not block every other change today).
 */
export function checkExpires(value: unknown, now: Date): Check<{ readonly date: string | null; readonly passed: boolean }> {
  if (value === undefined || value === null) return { ok: true, value: { date: null, passed: false } };
  if (typeof value !== 'string') return { ok: false, error: l10n.t('{key} must be a date, YYYY-MM-DD', { key: 'expires' }) };
  const check = checkExpiryInput(value, now);
  if (check.ok) return { ok: true, value: { date: check.value, passed: false } };
  const date = value.trim();
  return isRealDate(date) ? { ok: true, value: { date, passed: true } } : { ok: false, error: `expires: ${check.error}` };
}

export function checkSourcePath(kind: 'group' | 'project', value: unknown): Check<string> {
  const path = typeof value === 'string' ? value.trim().replace(/^\/+|\/+$/g, '') : '';
  const pattern = kind === 'group' ? GROUP_PATH : PROJECT_PATH;
  if (pattern.test(path)) return { ok: true, value: path };
  const error = kind === 'group'
    ? l10n.t('"{0}" is not a group path (a full path like acme or acme/platform)', String(value))
    : l10n.t('"{0}" is not a project path (a full path like acme/website)', String(value));
  return { ok: false, error };
}
