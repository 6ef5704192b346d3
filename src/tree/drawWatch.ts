/**
 * When has VS Code drawn a node's rows again? After a redraw is sent for a node the person has expanded, VS Code
 * asks for its children and turns each into an item. `whenDrawn` resolves once that has happened: after the
 * first children fetch that starts after the redraw (and the items made from it). A node not expanded in the
 * view has no rows to draw and resolves at once. A hidden view, any collapse (an ancestor's too) or a full redraw
 * settles every wait, and none lasts beyond `MAX_WAIT_MS`, so nothing waits for a fetch VS Code never makes.
 * Used to keep Load All's progress up until the rows are there.
 */
import type { TreeNode } from './node';

/** The longest a wait lasts when VS Code never fetches (drawing 12,500 rows takes it about 5 s). */
export const MAX_WAIT_MS = 20_000;

export class DrawWatch {
  /** Waiting for a redraw not yet sent. */
  private readonly pending = new Map<TreeNode, Array<() => void>>();
  /** Redraw sent: waiting for VS Code to fetch. */
  private readonly armed = new Map<TreeNode, Array<() => void>>();
  private readonly expanded = new Set<string>();

  whenDrawn(node: TreeNode): Promise<void> {
    if (!this.expanded.has(node.id)) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, MAX_WAIT_MS);
      add(this.pending, node, () => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  /** The redraw of `node` (or of everything) was sent to VS Code. */
  sent(node: TreeNode | undefined): void {
    if (!node) return this.settleAll();
    const waiting = this.pending.get(node);
    if (!waiting) return;
    this.pending.delete(node);
    for (const resolve of waiting) add(this.armed, node, resolve);
  }

  /** VS Code starts fetching the node's children; call the result once it has them. */
  fetchStarted(node: TreeNode): () => void {
    const waiting = this.armed.get(node);
    this.armed.delete(node);
    // The children's items are made right after the fetch resolves, in the same turn: settle on the next one.
    return () => waiting && setTimeout(() => waiting.forEach((resolve) => resolve()), 0);
  }

  /** From the view's expand and collapse events. A collapse may hide other waiting nodes too: all settle. */
  expandedChanged(node: TreeNode, expanded: boolean): void {
    if (expanded) return void this.expanded.add(node.id);
    this.expanded.delete(node.id);
    this.settleAll();
  }

  /** The view was hidden, or everything redrawn: nothing more will be fetched for the old nodes. */
  settleAll(): void {
    for (const map of [this.pending, this.armed]) {
      for (const waiting of map.values()) waiting.forEach((resolve) => resolve());
      map.clear();
    }
  }
}

function add(map: Map<TreeNode, Array<() => void>>, node: TreeNode, resolve: () => void): void {
  map.set(node, [...(map.get(node) ?? []), resolve]);
}
