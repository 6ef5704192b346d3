/**
 * Walking what the tree has loaded, without loading anything: to find the rows of one group or project
 * (for a targeted refresh) and to count memberships that expire soon and access requests (the view's badge).
 */
import { expiryState } from '../domain/expiry';
import type { SourceKind } from '../gitlab/types';
import { AccessRequestsFolderNode } from './accessRequestsFolderNode';
import { MembersFolderNode } from './membersFolderNode';
import { isSourceNode, type SourceNode, type TreeNode } from './node';
import { PagedFolderNode } from './pagedFolder';

/** Folders hold rows only (members, invitations): no need to walk into them. */
const notIntoFolders = (node: TreeNode) => !(node instanceof PagedFolderNode);

/** Every loaded node under `roots`, depth first, descending only where `descend` says so. */
export function* walkLoaded(roots: readonly TreeNode[], descend: (node: TreeNode) => boolean = notIntoFolders): Generator<TreeNode> {
  const stack = [...roots].reverse();
  while (stack.length) {
    const node = stack.pop()!;
    yield node;
    const children = descend(node) ? node.loaded?.() : undefined;
    if (children) for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
}

/** The loaded group/project rows for one source, by id or full path (it can show twice: in place and pinned). */
export function findSourceNodes(roots: readonly TreeNode[], kind: SourceKind, idOrPath: number | string): SourceNode[] {
  const found: SourceNode[] = [];
  for (const node of walkLoaded(roots)) {
    if (isSourceNode(node) && node.source.kind === kind && (node.source.id === idOrPath || node.source.fullPath === idOrPath)) {
      found.push(node);
    }
  }
  return found;
}

/** Loaded direct memberships whose expiry is within the warning days (expired ones are not counted). */
export function countExpiringSoon(roots: readonly TreeNode[], now: Date, warningDays: number): number {
  let count = 0;
  for (const node of walkLoaded(roots)) {
    if (!(node instanceof MembersFolderNode)) continue;
    for (const row of node.loaded()) {
      const m = row.member;
      if (m.inheritedFrom === undefined && expiryState(m.expiresAt, now, warningDays) === 'soon') count++;
    }
  }
  return count;
}

/** Loaded access requests: people waiting for an answer to join (an "Access requests" folder shows them). */
export function countAccessRequests(roots: readonly TreeNode[]): number {
  let count = 0;
  for (const node of walkLoaded(roots)) if (node instanceof AccessRequestsFolderNode) count += node.loaded().length;
  return count;
}
