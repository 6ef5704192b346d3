/**
 * "Expiring Access": every direct membership, pending invitation and group share of an account that expires
 * within N days (already expired ones included: GitLab may not have removed them yet), soonest first. A place's
 * shares come from GET /groups/:id or /projects/:id (`shared_with_groups`), asked beside its members.
 * No API changes a share's end date (GitLab's web pages only): shares are listed, never extended here. Each source's members
 * come with the inherited ones (`/members/all`), which also says the caller's own role there, so invitations
 * are only asked for where the caller may see them and rows say whether the caller may extend them.
 * Pure over the API layer.
 */
import * as l10n from '@vscode/l10n';
import { userMessageOf } from '../domain/errors';
import { daysUntil } from '../domain/expiry';
import { canManageMember, canManageMembers } from '../domain/permissions';
import type { GitLabApi } from '../gitlab/api';
import { AccessLevels, type AccessLevel, type GroupShare, type Invitation, type Member, type Source } from '../gitlab/types';
import { scanSources, type ScanOptions } from '../sources/scanSources';

interface EntryBase {
  readonly source: Source;
  /** YYYY-MM-DD. */
  readonly expiresAt: string;
  /** Whole days from today; negative once expired. */
  readonly daysLeft: number;
  /** The caller may change it (role rules and a token with the api scope). */
  readonly canManage: boolean;
  /** The caller's role on the source, when known. */
  readonly callerLevel: AccessLevel | undefined;
}

export type ExpiringEntry =
  | (EntryBase & { readonly kind: 'member'; readonly member: Member })
  | (EntryBase & { readonly kind: 'invitation'; readonly invitation: Invitation })
  | (EntryBase & { readonly kind: 'share'; readonly share: GroupShare; /** The caller may remove it and invite the group again. */ readonly mayReshare: boolean });

export interface ExpiringResult {
  readonly entries: readonly ExpiringEntry[];
  readonly searched: number;
  readonly failures: ReadonlyArray<{ readonly source: Source; readonly message: string }>;
  readonly truncated: boolean;
}

export interface ExpiringOptions extends ScanOptions {
  readonly withinDays: number;
  readonly now: Date;
  /** The token has no api scope: nothing can be extended. */
  readonly readOnly?: boolean;
}

export async function collectExpiring(api: GitLabApi, opts: ExpiringOptions): Promise<ExpiringResult> {
  const me = await api.currentUser({ signal: opts.signal });
  const readOnly = opts.readOnly ?? false;
  const within = (date: string | null): date is string => {
    const days = date ? daysUntil(date, opts.now) : undefined;
    return days !== undefined && days <= opts.withinDays;
  };
  // A place whose shares could not be read keeps its members and invitations; the summary names it.
  const sharesNotRead: Array<{ source: Source; message: string }> = [];
  const scan = await scanSources(api, async (source, signal): Promise<ExpiringEntry[]> => {
    const [members, shares] = await Promise.all([
      api.allMembers(source, { inherited: true }, { signal }),
      api.listShares({ kind: source.kind, id: source.id }, { signal }).catch((error: unknown): GroupShare[] => {
        if (signal.aborted) throw error;
        sharesNotRead.push({ source, message: l10n.t('its group shares were not read ({0})', userMessageOf(error).replace(/\.$/, '')) });
        return [];
      }),
    ]);
    const own = members.filter((m) => m.id === me.id).map((m) => m.accessLevel);
    const callerLevel = me.isAdmin ? AccessLevels.Owner : own.length ? Math.max(...own) : undefined;
    const access = { level: callerLevel, readOnly };
    const base = (expiresAt: string) => ({ source, expiresAt: expiresAt.slice(0, 10), daysLeft: daysUntil(expiresAt, opts.now) ?? 0, callerLevel });
    const expiringMembers = members.filter((m) => !m.inheritedFrom && within(m.expiresAt)).map((member): ExpiringEntry => ({
      ...base(member.expiresAt as string), kind: 'member', member,
      canManage: canManageMember(source.kind, access, { accessLevel: member.accessLevel, inherited: false }),
    }));
    const manage = canManageMembers(source.kind, access);
    const invitations = manage ? await api.allInvitations({ kind: source.kind, id: source.id }, { signal }) : [];
    const expiringInvitations = invitations.filter((i) => within(i.expiresAt)).map((invitation): ExpiringEntry => ({
      ...base(invitation.expiresAt as string), kind: 'invitation', invitation, canManage: manage,
    }));
    const expiringShares = shares.filter((s) => within(s.expiresAt)).map((share): ExpiringEntry => ({
      ...base(share.expiresAt as string), kind: 'share', share, canManage: false, mayReshare: manage,
    }));
    return [...expiringMembers, ...expiringInvitations, ...expiringShares];
  }, opts);
  return {
    entries: scan.visited.flatMap((v) => v.value).sort(soonestFirst),
    searched: scan.visited.length + scan.failures.length,
    failures: [...scan.failures, ...sharesNotRead],
    truncated: scan.truncated,
  };
}

export function entryName(entry: ExpiringEntry): string {
  switch (entry.kind) {
    case 'member': return entry.member.name || entry.member.username;
    case 'invitation': return entry.invitation.email;
    case 'share': return entry.share.groupFullPath;
  }
}

function soonestFirst(a: ExpiringEntry, b: ExpiringEntry): number {
  return a.expiresAt.localeCompare(b.expiresAt) || a.source.fullPath.localeCompare(b.source.fullPath)
    || entryName(a).localeCompare(entryName(b));
}
