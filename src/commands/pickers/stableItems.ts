/**
 * Quick-pick rows that keep their place once shown. VS Code hands the user's choice back to the extension as an
 * index into the last `items` array the extension set, so a list that is re-sorted or replaced while the user
 * presses Enter can answer with a different row than the one they saw (a different group, a different member).
 * Rows here are only updated in place or appended; a row's index never changes.
 */
export class StableItems<T> {
  private readonly rows: T[] = [];
  private readonly places = new Map<string, number>();

  constructor(private readonly keyOf: (row: T) => string) {}

  /** Puts each row at its key's place (a new key goes to the end) and returns every row, for `pick.items`. */
  upsert(rows: readonly T[]): T[] {
    for (const row of rows) {
      const key = this.keyOf(row);
      const place = this.places.get(key);
      if (place === undefined) {
        this.places.set(key, this.rows.length);
        this.rows.push(row);
      } else {
        this.rows[place] = row;
      }
    }
    return [...this.rows];
  }

  get size(): number {
    return this.rows.length;
  }
}
