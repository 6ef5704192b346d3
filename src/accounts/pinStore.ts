/**
 * Groups and projects added with "Add group or project…", per account, in globalState (no secrets).
 * Kept as GitLab described them when pinned, so the tree shows them without asking again.
 */
import type { Source, SourceKind } from '../gitlab/types';
import type { StateLike } from './accountStore';

export const PINS_KEY = 'gitlabMembers.pins';

type PinMap = Readonly<Record<string, readonly Source[]>>;

export class PinStore {
  constructor(private readonly state: StateLike) {}

  list(accountKey: string): readonly Source[] {
    const pins = this.all()[accountKey];
    return Array.isArray(pins) ? pins.filter(isSource) : [];
  }

  has(accountKey: string, kind: SourceKind, id: number): boolean {
    return this.list(accountKey).some((s) => s.kind === kind && s.id === id);
  }

  /** Adds (or updates) a pin; returns false when it was already there. */
  async add(accountKey: string, source: Source): Promise<boolean> {
    const existed = this.has(accountKey, source.kind, source.id);
    const others = this.list(accountKey).filter((s) => !(s.kind === source.kind && s.id === source.id));
    await this.write(accountKey, [...others, source]);
    return !existed;
  }

  async remove(accountKey: string, kind: SourceKind, id: number): Promise<void> {
    await this.write(accountKey, this.list(accountKey).filter((s) => !(s.kind === kind && s.id === id)));
  }

  /** On sign-out. */
  async removeAccount(accountKey: string): Promise<void> {
    await this.write(accountKey, []);
  }

  private all(): PinMap {
    const stored = this.state.get<unknown>(PINS_KEY);
    return typeof stored === 'object' && stored !== null && !Array.isArray(stored) ? (stored as PinMap) : {};
  }

  private async write(accountKey: string, pins: readonly Source[]): Promise<void> {
    const { [accountKey]: _old, ...rest } = this.all();
    await this.state.update(PINS_KEY, pins.length ? { ...rest, [accountKey]: pins } : rest);
  }
}

function isSource(value: unknown): value is Source {
  if (typeof value !== 'object' || value === null) return false;
  const s = value as Record<string, unknown>;
  return (s.kind === 'group' || s.kind === 'project') && typeof s.id === 'number' && typeof s.fullPath === 'string'
    && typeof s.name === 'string' && (s.kind === 'group' || (typeof s.namespace === 'object' && s.namespace !== null));
}
