/**
 * Before an invitation is sent: who among its recipients already holds something at the target. GitLab changes an
 * existing member's role (and expiry) when they are invited again, up or down (14.9+: app/services/members/
 * creator_service.rb; spec/requests/api/invitations_spec.rb "updates an already existing active member"), and
 * updates a pending invitation of the same email (about 15.8+: invite_member_builder.rb). So nobody is sent
 * without first knowing this.
 *
 * Emails: pending invitations are read once; an email that has none is looked up as a user (GitLab reveals a
 * *public* email to everyone and any email to administrators). An email GitLab does not reveal is `unmatched`:
 * it may still belong to a member here. Users: `members/all?user_ids=` gives the role they hold here, directly
 * or inherited, and where it is held.
 */
import type { CallOptions } from './api';
import type { ClientContext } from './context';
import { allInvitations } from './invitations';
import { recipientKey, type Recipient } from './inviteOutcomes';
import { listMembers } from './members';
import { getGroup, getProject } from './namespaces';
import { MAX_PER_PAGE } from './paging';
import type { Source, SourceRef, Standing } from './types';
import { lookUpEmail } from './userByEmail';

export interface InviteeCheck {
  readonly recipient: Recipient;
  readonly standing?: Standing;
  /** An email GitLab would not match to a user for this caller: if it is a member's private email, inviting it changes their role. */
  readonly unmatched?: boolean;
  /** The pending invitation's email as GitLab stores it (it matches it exactly: send this one to update it). */
  readonly invitationEmail?: string;
}

/** One check per recipient, by `recipientKey`. GitLab takes an email of a user as that user: a membership wins over an invitation. */
export async function checkInvitees(ctx: ClientContext, target: SourceRef | Source, recipients: readonly Recipient[], opts?: CallOptions): Promise<Map<string, InviteeCheck>> {
  const checks = new Map<string, InviteeCheck>();
  const emails = recipients.filter((r) => r.kind === 'email');
  const invited = new Map<string, { standing: Standing; email: string }>();
  if (emails.length > 0) {
    for (const inv of await allInvitations(ctx, target, { signal: opts?.signal })) {
      invited.set(inv.email.toLowerCase(), { standing: { as: 'invitation', accessLevel: inv.accessLevel, expiresAt: inv.expiresAt }, email: inv.email });
    }
  }
  const admin = emails.length > 0 && (await ctx.me(opts)).isAdmin;
  const userOf = new Map<string, number>();
  const ambiguous = new Set<string>();
  await Promise.all(emails.map(async (r) => {
    const found = await lookUpEmail(ctx, r.name, opts);
    if (found.user) userOf.set(recipientKey(r), found.user.id);
    else if (found.ambiguous) ambiguous.add(recipientKey(r));
  }));
  for (const r of recipients) if (r.kind === 'user' && r.userId !== undefined) userOf.set(recipientKey(r), r.userId);
  const held = await membershipsOf(ctx, target, [...new Set(userOf.values())], opts);
  for (const r of recipients) {
    const key = recipientKey(r);
    const userId = userOf.get(key);
    const invitation = invited.get(key);
    const standing = (userId === undefined ? undefined : held.get(userId)) ?? invitation?.standing;
    const unmatched = r.kind === 'email' && !standing && userId === undefined && (!admin || ambiguous.has(key));
    checks.set(key, {
      recipient: r, ...(standing ? { standing } : {}), ...(unmatched ? { unmatched } : {}),
      ...(standing?.as === 'invitation' && invitation ? { invitationEmail: invitation.email } : {}),
    });
  }
  return checks;
}

/**
 * The role each of these users holds at the target: directly (with a higher role held in an ancestor group,
 * which GitLab will not let an invitation go below), or only inherited (and where).
 */
async function membershipsOf(ctx: ClientContext, target: SourceRef | Source, userIds: number[], opts?: CallOptions): Promise<Map<number, Standing>> {
  const out = new Map<number, Standing>();
  if (userIds.length === 0) return out;
  const source = 'fullPath' in target ? target : await (target.kind === 'group' ? getGroup(ctx, target.id, opts) : getProject(ctx, target.id, opts));
  for (let i = 0; i < userIds.length; i += MAX_PER_PAGE) {
    const ids = userIds.slice(i, i + MAX_PER_PAGE);
    const req = { userIds: ids, page: 1, perPage: MAX_PER_PAGE };
    const [direct, all] = await Promise.all([listMembers(ctx, source, req, opts), listMembers(ctx, source, { ...req, inherited: true }, opts)]);
    const best = new Map(all.items.map((m) => [m.id, m]));
    for (const m of direct.items) {
      if (!ids.includes(m.id)) continue;
      const top = best.get(m.id);
      out.set(m.id, {
        as: 'member', accessLevel: m.accessLevel, expiresAt: m.expiresAt, ...(m.memberRoleName ? { roleName: m.memberRoleName } : {}),
        ...(top && top.accessLevel > m.accessLevel ? { inheritedLevel: top.accessLevel } : {}),
      });
    }
    for (const m of all.items) {
      if (!ids.includes(m.id) || out.has(m.id) || !m.inheritedFrom) continue;
      // Only an ancestor's membership sets a floor GitLab enforces (member.rb higher_access_level_than_group); a share
      // does not: its `from` stays '' as Standing says.
      const from = m.inheritedFrom.kind === 'group' ? m.inheritedFrom.fullPath : '';
      out.set(m.id, { as: 'inherited', accessLevel: m.accessLevel, expiresAt: m.expiresAt, from, ...(m.memberRoleName ? { roleName: m.memberRoleName } : {}) });
    }
  }
  return out;
}
