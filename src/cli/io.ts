/**
 * How the command-line tool talks: results on stdout (what a pipeline keeps or parses), progress and problems on
 * stderr, and an exit code a CI job can branch on. Kept apart from `process` so the commands stay testable.
 */

/** 0: done, nothing to change; 1: an error (nothing or not everything done); 2: the plan has changes. */
export const EXIT = { ok: 0, error: 1, changes: 2 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

export interface CliIo {
  /** One line of the result (stdout). */
  out(text: string): void;
  /** Progress and messages for the person watching (stderr). */
  note(text: string): void;
  /** Asks a yes/no question on a terminal; undefined when there is none to ask on (CI). */
  confirm?(question: string): Promise<boolean>;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  readonly now: () => Date;
}

/** An error whose message is the whole story for the user: printed as it is, exit 1. */
export class CliError extends Error {}
