/** Plain domain types of the API layer. No gitbeaker, no vscode: shared by every part of the extension. */

/** GitLab's numeric role. Known values are in `AccessLevels`; newer servers may send others: keep and show them. */
export type AccessLevel = number;

export const AccessLevels = {
  NoAccess: 0,
  MinimalAccess: 5,
  Guest: 10,
  Planner: 15,
  Reporter: 20,
  Developer: 30,
  Maintainer: 40,
  Owner: 50,
} as const;

export type SourceKind = 'group' | 'project';

/** A group or project that has members: its numeric id or full path, and which of the two it is. */
export interface SourceRef {
  readonly kind: SourceKind;
  readonly id: number | string;
}

export interface UserSummary {
  readonly id: number;
  readonly username: string;
  readonly name: string;
  readonly state: string;
  readonly webUrl?: string;
  readonly avatarUrl?: string;
}

export interface CurrentUser extends UserSummary {
  readonly email?: string;
  readonly isAdmin: boolean;
}

/** What `GET /personal_access_tokens/self` says. `undefined` from the client when the server is older than 15.5. */
export interface TokenInfo {
  readonly name: string;
  readonly scopes: readonly string[];
  readonly expiresAt: string | null;
  readonly active: boolean;
  readonly revoked: boolean;
}

export interface Group {
  readonly kind: 'group';
  readonly id: number;
  readonly name: string;
  readonly path: string;
  readonly fullPath: string;
  readonly fullName: string;
  readonly parentId: number | null;
  readonly webUrl: string;
}

export interface Project {
  readonly kind: 'project';
  readonly id: number;
  readonly name: string;
  readonly path: string;
  readonly fullPath: string;
  readonly fullName: string;
  readonly namespace: { readonly id: number; readonly kind: 'group' | 'user'; readonly fullPath: string };
  readonly webUrl: string;
}

export type Source = Group | Project;

/**
 * Where an inherited membership is held: an ancestor group; a group shared with this place or one of its
 * ancestors (`share`: the member's role there, capped by the share); or (`unknown`) a group the caller cannot read.
 */
export interface MembershipSource {
  readonly kind: 'group' | 'share' | 'unknown';
  /** Full path of the group that holds the membership; empty when unknown. */
  readonly fullPath: string;
  /** For a share: the full path of the group or project that is shared (this place or an ancestor). */
  readonly sharedFrom?: string;
}

export interface Member extends UserSummary {
  readonly accessLevel: AccessLevel;
  readonly expiresAt: string | null;
  readonly createdAt?: string;
  readonly createdBy?: UserSummary;
  readonly email?: string;
  readonly memberRoleId?: number;
  /** The custom role's name, when GitLab gave it with the member. */
  readonly memberRoleName?: string;
  /** The user account is locked (too many failed sign-ins). */
  readonly locked?: boolean;
  /** SAML single sign-on identity (GitLab shows it to group Owners of SSO-enabled groups). */
  readonly samlIdentity?: { readonly provider: string; readonly externUid: string };
  /** LDAP Group Sync: the role was overridden here (set only by servers with LDAP). */
  readonly ldapOverride?: boolean;
  /** 'awaiting' for members waiting for approval. */
  readonly membershipState: string;
  /** Set on results that include inherited members: where the membership is held. Absent for direct members. */
  readonly inheritedFrom?: MembershipSource;
}

/**
 * A pending invitation. GitLab's Invitation entity has no `id` (lib/api/entities/invitation.rb, although the
 * API docs' example shows one): the email names it.
 */
export interface Invitation {
  readonly email: string;
  readonly accessLevel: AccessLevel;
  readonly expiresAt: string | null;
  readonly createdAt?: string;
  readonly createdByName?: string;
  readonly userName?: string;
}

/** A custom role (GitLab Ultimate 16.6+) defined on a top-level group: a standard role plus extra permissions. */
export interface MemberRole {
  readonly id: number;
  readonly name: string;
  readonly description?: string;
  /** The standard role it builds on; invitations and edits send it as `access_level` with `member_role_id`. */
  readonly baseAccessLevel: AccessLevel;
}

export interface PendingMember {
  readonly id: number;
  readonly name?: string;
  readonly username?: string;
  readonly email?: string;
  readonly approved: boolean;
  readonly invited: boolean;
  readonly webUrl?: string;
  readonly avatarUrl?: string;
}

/** A group this group or project is shared with: its members get up to `accessLevel` here. */
export interface GroupShare {
  readonly groupId: number;
  readonly groupName: string;
  readonly groupFullPath: string;
  readonly accessLevel: AccessLevel;
  readonly expiresAt: string | null;
}

/** Someone who asked to join a group or project (GitLab's access request). */
export interface AccessRequest {
  /** The user's id (approving and denying name it). */
  readonly id: number;
  readonly username: string;
  readonly name: string;
  /** ISO timestamp of the request. */
  readonly requestedAt: string;
  readonly webUrl?: string;
  readonly avatarUrl?: string;
}

/** One page of a list, with what GitLab's headers said. `total`/`totalPages` are null above 10,000 results. */
export interface Page<T> {
  readonly items: T[];
  readonly page: number;
  readonly perPage: number;
  readonly nextPage: number | null;
  readonly total: number | null;
  readonly totalPages: number | null;
}

export interface PageRequest {
  readonly page?: number;
  readonly perPage?: number;
}

/** What a recipient already holds at the target. */
export interface Standing {
  readonly as: 'member' | 'inherited' | 'invitation';
  readonly accessLevel: AccessLevel;
  readonly expiresAt: string | null;
  /** Inherited: the full path of the group that holds it; '' when GitLab does not say (a share). */
  readonly from?: string;
  /** A custom role's name, when GitLab gave it. */
  readonly roleName?: string;
  /** A direct member who also holds this higher role in an ancestor group: GitLab refuses an invitation below it. */
  readonly inheritedLevel?: AccessLevel;
}

/**
 * What happened to one recipient: `invited` (new), `changed` (an existing member's role changed), `updated` (a
 * pending invitation changed), `already` (nothing changed: same role, or a server that refuses existing
 * members), `left` (not sent: they already have access here and nobody asked to change it), `failed`.
 */
export type InviteStatus = 'invited' | 'changed' | 'updated' | 'already' | 'left' | 'failed';

/** The result of inviting one recipient (an email, or a user by id). */
export interface InviteOutcome {
  readonly recipient: string;
  readonly kind: 'email' | 'user';
  readonly status: InviteStatus;
  /** GitLab's own words, or why it was not sent. */
  readonly message?: string;
  /** What the recipient held here before the request, when anything. */
  readonly before?: Standing;
  /** The role that was asked for. */
  readonly accessLevel?: AccessLevel;
  /** The expiry that was asked for (null: none, which clears an existing one). */
  readonly expiresAt?: string | null;
}
