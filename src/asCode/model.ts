/**
 * What a membership file (`.gitlab-members.yml`) declares, once read and checked: per group or project the
 * wanted members (by username) and invitations (by email), each with a role and an optional expiry, and
 * whether anything not listed is removed. Positions are kept so problems point at the right line. Pure.
 */
import type { AccessLevel, SourceKind } from '../gitlab/types';

/** Zero-based, end exclusive: what vscode.Range takes. */
export interface TextRange {
  readonly startLine: number;
  readonly startCol: number;
  readonly endLine: number;
  readonly endCol: number;
}

export interface Problem {
  readonly message: string;
  readonly range: TextRange;
  readonly severity: 'error' | 'warning';
}

export interface Grant {
  readonly accessLevel: AccessLevel;
  /** YYYY-MM-DD; null: never expires. */
  readonly expiresAt: string | null;
  /** The expiry is today or earlier: the entry is left out of the plan (and its person is not removed). */
  readonly expired?: boolean;
  readonly range: TextRange;
}

export interface MemberSpec extends Grant {
  readonly username: string;
}

export interface InvitationSpec extends Grant {
  readonly email: string;
}

export interface SourceSpec {
  readonly kind: SourceKind;
  readonly fullPath: string;
  /** Members and invitations not listed are removed (only when the file says so). */
  readonly removeUnlisted: boolean;
  readonly members: readonly MemberSpec[];
  readonly invitations: readonly InvitationSpec[];
  readonly range: TextRange;
}

export interface MembershipFile {
  /** Which signed-in account applies it: an instance URL; absent when there is only one account. */
  readonly instance?: string;
  readonly sources: readonly SourceSpec[];
}

export interface ParseResult {
  /** Undefined when there are errors: nothing is planned from a file GitLab could misread. */
  readonly file: MembershipFile | undefined;
  readonly problems: readonly Problem[];
}

export { sourceName } from '../domain/sourceName';

/** The file names the extension treats as membership files. */
export const MEMBERSHIP_FILE_NAMES = ['.gitlab-members.yml', '.gitlab-members.yaml'] as const;

export function isMembershipFile(path: string): boolean {
  const name = path.split(/[\\/]/).pop() ?? '';
  return (MEMBERSHIP_FILE_NAMES as readonly string[]).includes(name);
}
