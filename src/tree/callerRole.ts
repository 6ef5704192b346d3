/**
 * The caller's role on a group or project row: settled before the row is built (an Owner above settles it
 * without a request, see resolveAccess), so the row's first drawing already offers the right actions. A
 * refreshed row asks GitLab again in the background and is told (`changed`) only when the answer differs,
 * to rebuild what depends on it.
 */
import type { AccessLevel, SourceRef } from '../gitlab/types';
import { resolveAccess } from './access';
import type { NodeContext } from './node';

export type AskRole = () => Promise<AccessLevel | undefined>;

export class CallerRole {
  private asks = 0;

  /**
   * @param current the role as known now (undefined: none or unknown)
   * @param askGitLab asks GitLab again; absent: the role stays as given
   * @param changed called when a later answer differs from the role the row has
   */
  constructor(private current: AccessLevel | undefined, private readonly askGitLab?: AskRole, private readonly changed?: () => void) {}

  get level(): AccessLevel | undefined {
    return this.current;
  }

  /** Asks GitLab again (a Refresh); an older answer arriving after a newer question is ignored. */
  ask(): void {
    if (!this.askGitLab) return;
    const mine = ++this.asks;
    void this.askGitLab().then((level) => {
      if (mine !== this.asks || level === this.current) return;
      this.current = level;
      this.changed?.();
    });
  }
}

/** The role on a row, asked of GitLab once now (through `resolveAccess`) and again on each `ask()`. */
export async function askedRole(ctx: NodeContext, ref: SourceRef, inherited: AccessLevel | undefined, changed: () => void): Promise<CallerRole> {
  const ask = () => resolveAccess(ctx.session.api, ref, inherited, ctx.signal);
  return new CallerRole(await ask(), ask, changed);
}
