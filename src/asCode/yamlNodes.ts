/**
 * Small helpers over the `yaml` library's document nodes: positions as line/column ranges (through its
 * LineCounter), a map's entries with their key nodes, and a collector of problems. Only the lazily loaded
 * as-code bundle imports `yaml`.
 */
import * as l10n from '@vscode/l10n';
import { isMap, isScalar, LineCounter, type Node, type Pair, type YAMLMap } from 'yaml';
import type { Problem, TextRange } from './model';

export interface Entry {
  readonly key: string;
  readonly keyNode: Node | undefined;
  /** null when the key has no value (`members:` alone). */
  readonly value: Node | null;
  /** The key and its value: where a problem about the whole entry points. */
  readonly node: Node | undefined;
}

export class Problems {
  readonly list: Problem[] = [];

  constructor(private readonly lines: LineCounter) {}

  /** A problem at an offset range of the text. */
  atOffsets(start: number, end: number, message: string, severity: Problem['severity'] = 'error'): void {
    this.list.push({ message, severity, range: this.range(start, Math.max(end, start + 1)) });
  }

  /** A problem at a node (its value, not its comments). */
  at(node: Node | null | undefined, fallback: Node | undefined, message: string, severity: Problem['severity'] = 'error'): void {
    this.atRange(this.rangeOf(node ?? fallback), message, severity);
  }

  /** A problem at a range already known (from `rangeOf`). */
  atRange(range: TextRange, message: string, severity: Problem['severity'] = 'error'): void {
    this.list.push({ message, severity, range });
  }

  /** Where a node is, as lines and columns (the start of the text when unknown). */
  rangeOf(node: Node | null | undefined): TextRange {
    const range = node?.range;
    return range ? this.range(range[0], Math.max(range[1], range[0] + 1)) : this.range(0, 1);
  }

  /** Top to bottom, left to right: the order a reader meets them. */
  sorted(): Problem[] {
    return [...this.list].sort((a, b) => a.range.startLine - b.range.startLine || a.range.startCol - b.range.startCol);
  }

  get hasErrors(): boolean {
    return this.list.some((p) => p.severity === 'error');
  }

  private range(start: number, end: number): TextRange {
    const from = this.lines.linePos(start);
    const to = this.lines.linePos(end);
    return { startLine: from.line - 1, startCol: from.col - 1, endLine: to.line - 1, endCol: to.col - 1 };
  }
}

export function entriesOf(map: YAMLMap): Entry[] {
  return map.items.map((pair: Pair) => {
    const keyNode = isScalar(pair.key) ? pair.key : (pair.key as Node | null) ?? undefined;
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const value = (pair.value as Node | null) ?? null;
    return { key, keyNode, value, node: value ?? keyNode };
  });
}

/** Reports every key not in `allowed`; returns the entries by key. */
export function knownEntries(map: YAMLMap, allowed: readonly string[], where: string, problems: Problems): Map<string, Entry> {
  const known = new Map<string, Entry>();
  for (const entry of entriesOf(map)) {
    if (allowed.includes(entry.key)) known.set(entry.key, entry);
    else problems.at(entry.keyNode, entry.node, l10n.t('unknown key "{key}" in {where} (expected {allowed})', { key: entry.key, where, allowed: allowed.join(', ') }));
  }
  return known;
}

/** The plain value of a scalar node; undefined for maps and sequences. */
export function scalarValue(node: Node | null): unknown {
  if (node === null) return null;
  return isScalar(node) ? node.value : undefined;
}

export function asMap(node: Node | null): YAMLMap | undefined {
  return isMap(node) ? node : undefined;
}
