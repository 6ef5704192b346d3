/**
 * When has VS Code drawn a node again? After a redraw is sent for a node, VS Code asks for its item and, when the
 * node is expanded, for its children, and turns each child into an item. `whenDrawn` resolves once that has
 * happened: after the first children fetch that starts after the redraw (and the items made from it), or after
 * the node's item for a collapsed node. A hidden view, a collapse or a full redraw settles every wait, so nothing
 * waits for a fetch VS Code will never make. Used to keep Load All's progress up until the rows are there.
 */
import type { TreeNode } from './node';

export class DrawWatch {
  /** Waiting for a redraw not yet sent. */
  private readonly pending = new Map<TreeNode, Array<() => void>>();
  /** Redraw sent: waiting for VS Code to fetch. */
  private readonly armed = new Map<TreeNode, Array<() => void>>();
  private readonly expanded = new Set<string>();

  whenDrawn(node: TreeNode): Promise<void> {
    return new Promise((resolve) => add(this.pending, node, resolve));
  }

  /** The redraw of `node` (or of everything) was sent to VS Code. */
  sent(node: TreeNode | undefined): void {
    if (!node) return this.settleAll();
    const waiting = this.pending.get(node);
    if (!waiting) return;
    this.pending.delete(node);
    for (const resolve of waiting) add(this.armed, node, resolve);
  }

  /** VS Code asked for the node's item: a collapsed node is drawn. */
  itemAsked(node: TreeNode): void {
    if (this.expanded.has(node.id)) return;
    this.armed.get(node)?.forEach((resolve) => resolve());
    this.armed.delete(node);
  }

  /** VS Code starts fetching the node's children; call the result once it has them. */
  fetchStarted(node: TreeNode): () => void {
    const waiting = this.armed.get(node);
    this.armed.delete(node);
    // The children's items are made right after the fetch resolves, in the same turn: settle on the next one.
    return () => waiting && setTimeout(() => waiting.forEach((resolve) => resolve()), 0);
  }

  expandedChanged(node: TreeNode, expanded: boolean): void {
    if (expanded) return void this.expanded.add(node.id);
    this.expanded.delete(node.id);
    this.settle(node);
  }

  /** The view was hidden, or everything redrawn: nothing more will be fetched for the old nodes. */
  settleAll(): void {
    for (const map of [this.pending, this.armed]) {
      for (const waiting of map.values()) waiting.forEach((resolve) => resolve());
      map.clear();
    }
  }

  private settle(node: TreeNode): void {
    for (const map of [this.pending, this.armed]) {
      map.get(node)?.forEach((resolve) => resolve());
      map.delete(node);
    }
  }
}

function add(map: Map<TreeNode, Array<() => void>>, node: TreeNode, resolve: () => void): void {
  map.set(node, [...(map.get(node) ?? []), resolve]);
}
