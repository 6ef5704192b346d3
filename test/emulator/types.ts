// In-memory model of the emulated GitLab instance (camelCase; serialize.ts turns it into GitLab JSON).

export type MembershipState = 'active' | 'awaiting';

/** Someone who asked to join a group or project (GitLab keeps them as a member row with `requested_at`). */
export interface AccessRequest {
  userId: number;
  requestedAt: string;
}

export interface User {
  id: number;
  username: string;
  name: string;
  email: string;
  /**
   * The email is also the profile's public email. GitLab's searches (`/users?search`, members `query`) match a
   * public email for everyone; any other email only in `/users?search` by an administrator.
   */
  publicEmail?: boolean;
  state: 'active' | 'blocked';
  createdAt: string;
  /** An instance administrator: sees every group and project, and manages members everywhere. */
  isAdmin?: boolean;
  /** The day GitLab last saw them active (`last_activity_on`), or null: never. */
  lastActivityOn?: string | null;
  /** Their last sign-in (`current_sign_in_at`, shown as `last_login_at`), or null: never. */
  lastSignInAt?: string | null;
}

export interface Group {
  kind: 'group';
  id: number;
  name: string;
  path: string;
  fullPath: string;
  parentId: number | null;
  description: string;
  visibility: 'private' | 'internal' | 'public';
  createdAt: string;
  /** Has an LDAP group link (ldap.ts: synced only where the instance has LDAP Group Sync). */
  ldapLinked?: boolean;
}

export interface Project {
  kind: 'project';
  id: number;
  name: string;
  path: string;
  fullPath: string;
  /** namespace group id, or null for a personal project */
  groupId: number | null;
  /** owner of the personal namespace, or null for a group project */
  ownerId: number | null;
  description: string;
  visibility: 'private' | 'internal' | 'public';
  createdAt: string;
}

export type Source = Group | Project;

/** A group or project shared with a group (GitLab's group link): the invited group's direct members get up to `access`. */
export interface ShareLink {
  id: number;
  /** The invited group (shared_with_group). */
  groupId: number;
  /** The most the link grants (group_access). */
  access: number;
  expiresAt: string | null;
  createdAt: string;
}

/** What GitLab's `members` table holds for a membership and an invitation alike. */
interface MemberRecord {
  /** The member record id (not the user id); invitations share the sequence. */
  id: number;
  accessLevel: number;
  expiresAt: string | null;
  createdAt: string;
  createdById: number | null;
  state: MembershipState;
  memberRoleId: number | null;
}

/** A direct membership. */
export interface Membership extends MemberRecord {
  userId: number;
  /** Granted by LDAP Group Sync (ldap.ts); `override`: its role was overridden here, and sync leaves it alone. */
  ldap?: boolean;
  override?: boolean;
}

/** A pending email invitation (a member record without a user). */
export interface Invitation extends MemberRecord {
  email: string;
  /** Tests set it: GitLab fails to delete the record and DELETE answers 409 ("valid but could not be deleted"). */
  undeletable?: boolean;
}

/** A custom role (Ultimate 16.6+), defined on a top-level group. */
export interface MemberRole {
  id: number;
  groupId: number;
  name: string;
  description: string;
  baseAccessLevel: number;
}

export interface Token {
  id: number;
  value: string;
  name: string;
  userId: number;
  scopes: string[];
  createdAt: string;
  expiresAt: string | null;
  revoked: boolean;
  lastUsedAt: string | null;
}

export function sourceKey(s: Source): string {
  return `${s.kind}:${s.id}`;
}
