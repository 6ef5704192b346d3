// GitLab version comparisons and the features that depend on them.

export type Version = [number, number, number];

export function parseVersion(v: string): Version {
  const parts = v.replace(/-.*$/, '').split('.').map((x) => Number.parseInt(x, 10));
  return [parts[0] || 0, parts[1] || 0, parts[2] || 0];
}

/** true when version >= min ('15.5' or '15.5.0'). */
export function atLeast(version: string, min: string): boolean {
  const a = parseVersion(version);
  const b = parseVersion(min);
  for (let i = 0; i < 3; i++) {
    if (a[i] !== b[i]) return a[i] > b[i];
  }
  return true;
}

/** Version switches used by routes, roles and seed data. */
export const features = {
  /** GET /personal_access_tokens/self */
  tokenSelf: (v: string) => atLeast(v, '15.5'),
  /** user_id on POST /invitations */
  inviteByUserId: (v: string) => atLeast(v, '14.10'),
  /** Owner (50) as a project role */
  projectOwner: (v: string) => atLeast(v, '14.9'),
  /** GET /groups/:id/member_roles and member_role_id on invitations and member edits (Ultimate) */
  memberRoles: (v: string) => atLeast(v, '16.6'),
  /** Inviting an existing member sets their role and expiry (creator_service.rb find_or_initialize_by(user_id:)); before: "User already exists in source". */
  inviteUpdatesMembers: (v: string) => atLeast(v, '14.9'),
  /** Inviting a pending email again updates that invitation (invite_member_builder.rb); before: "Invite email has already been taken". Approximate (15.8-15.10). */
  inviteUpdatesInvitations: (v: string) => atLeast(v, '15.8'),
  /** Planner (15) role */
  planner: (v: string) => atLeast(v, '17.7'),
};
