/** Web addresses of GitLab's member pages. Pure: built from what the API returned, never from typed text. */
import type { SourceKind } from '../gitlab/types';

export interface LinkTarget {
  readonly kind: SourceKind;
  /** The group's or project's `web_url`. */
  readonly webUrl: string;
}

/** GitLab's tabs of a members page; `groups`: the groups the place is shared with. */
export type MembersTab = 'members' | 'invited' | 'access_requests' | 'groups';

/** `<webUrl>/-/group_members` or `<webUrl>/-/project_members`, optionally on a tab and searching for a username. */
export function membersPageUrl(target: LinkTarget, opts: { tab?: MembersTab; search?: string } = {}): string {
  const page = target.kind === 'group' ? 'group_members' : 'project_members';
  const url = new URL(`${target.webUrl.replace(/\/+$/, '')}/-/${page}`);
  if (opts.tab && opts.tab !== 'members') url.searchParams.set('tab', opts.tab);
  if (opts.search) url.searchParams.set('search', opts.search);
  return url.toString();
}

/** The members page of an ancestor group known only by its full path (an inherited membership's source). */
export function groupMembersUrl(instanceUrl: string, fullPath: string): string {
  const path = fullPath.split('/').map(encodeURIComponent).join('/');
  return `${instanceUrl.replace(/\/+$/, '')}/groups/${path}/-/group_members`;
}

/** The top-level group of a full path: where GitLab keeps approvals (`acme/platform/infra` → `acme`). */
export function rootGroupPath(fullPath: string): string {
  return fullPath.split('/')[0] ?? fullPath;
}
